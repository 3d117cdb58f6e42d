package io.flowbridge.ot.assignment;

import java.util.Arrays;

/**
 * The exact finish after {@link ScaledAuction}, on dense rows: keep the auction's matches that
 * are tight, augmenting row reduction for the rest, then Dijkstra shortest augmenting paths, each
 * step one vectorised pass over a whole row ({@link DenseScan}), the float costs widened to
 * double in the vector registers.
 *
 * <p>Why dense: after the auction the sparse solver spent as much time choosing each row's
 * candidate columns and certifying them against the matrix as it did augmenting. A dense step
 * costs one pass of packed-key minima over the row and needs neither.
 *
 * <p>Exactness: the duals are double and every reduced cost is computed in double (no double
 * copy of the matrix: reading the floats and widening them in the kernel measured 16–18% faster
 * at n = 256 and 10–18% at 512 than a copy made per solve). Column
 * choices rank packed keys, whose resolution is 2^(bits − 52) of the values (bits =
 * {@link RowScan#indexBits}(n)): a search may take a column whose distance exceeds another's by
 * less than that, so the result is optimal to within n times that resolution of the costs.
 */
final class DenseFinish {
  private final int n;
  private final float[] c;
  private final double[] v;
  private final int[] x;
  private final int[] y;
  private final int bits;
  private final long low;
  private final long[] two = new long[2];
  // Search state.
  private final long[] exact;
  private final long[] blocked;
  private final int[] scannedRow;
  private final double[] scannedShift;
  private final int[] popped;
  private final double[] poppedDist;
  private final int[] path;
  private final int[] pathRow;

  private DenseFinish(float[] c, int n, double[] v) {
    this.n = n;
    this.v = v;
    this.c = c;
    this.x = new int[n];
    this.y = new int[n];
    Arrays.fill(x, -1);
    Arrays.fill(y, -1);
    this.bits = RowScan.indexBits(n);
    this.low = ~(-1L << bits);
    this.exact = new long[n];
    this.blocked = new long[n];
    this.scannedRow = new int[n + 1];
    this.scannedShift = new double[n + 1];
    this.popped = new int[n];
    this.poppedDist = new double[n];
    this.path = new int[n + 1];
    this.pathRow = new int[n + 1];
  }

  /**
   * Rows up to this long finish densely after an auction. In-JVM A/B against the sparse finish
   * (8 Gaussians and moons targets): −30 to −39% at n = 256, −12 to −14% at 512, even at 1024
   * (docs/ot-benchmarks.md, session 9).
   */
  static final int MAX_N = 512;

  /**
   * Whether the dense finish is the faster one for n columns: only on the Vector API (the
   * portable loops made whole n = 256 solves ~70% slower than the sparse finish).
   */
  static boolean suits(int n) {
    return RowScan.VECTOR && n <= MAX_N;
  }

  /**
   * The optimal row → column assignment from the auction's duals v (changed in place) and
   * matching start (row → column, −1 for unassigned rows). Free rows are processed in
   * {@code visit} order.
   */
  static int[] solve(float[] c, int n, double[] v, int[] start, int[] visit) {
    DenseFinish f = new DenseFinish(c, n, v);
    int[] free = new int[n];
    int numFree = f.keepTight(start, visit, free);
    for (int round = 0; round < 2 && numFree > 0; round++) {
      numFree = f.augmentingRowReduction(free, numFree);
    }
    for (int t = 0; t < numFree; t++) {
      f.augment(free[t]);
    }
    return f.x;
  }

  /** Keeps each auction match whose column is the row's unique smallest key; lists the rest. */
  private int keepTight(int[] start, int[] visit, int[] free) {
    int numFree = 0;
    for (int t = 0; t < n; t++) {
      int i = visit[t];
      int j0 = start[i];
      if (j0 >= 0 && y[j0] < 0) {
        DenseScan.twoLowest(c, i * n, v, n, two);
        if ((two[0] & low) == j0 && (two[1] & ~low) != (two[0] & ~low)) {
          x[i] = j0;
          y[j0] = i;
          continue;
        }
      }
      free[numFree++] = i;
    }
    return numFree;
  }

  /**
   * JV's augmenting row reduction on dense rows (see {@link DenseJonkerVolgenant}). u2 is the
   * floor of the second key's bucket, at most the true second smallest, so the row stays
   * dual-feasible; keys sharing a bucket count as a tie.
   */
  private int augmentingRowReduction(int[] free, int prevFree) {
    int[] displaced = new int[n];
    int k = 0;
    int numFree = 0;
    long budget = 4L * n + 16;
    while (k < prevFree) {
      int i = free[k++];
      int row = i * n;
      DenseScan.twoLowest(c, row, v, n, two);
      int j1 = (int) (two[0] & low);
      long second = two[1];
      int j2 = second == Long.MAX_VALUE ? -1 : (int) (second & low);
      boolean strict = j2 >= 0 && (second & ~low) != (two[0] & ~low);
      int i0 = y[j1];
      if (strict) {
        double u1 = c[row + j1] - v[j1];
        double u2 = DenseScan.value(second & ~low);
        if (u2 > u1) {
          v[j1] -= u2 - u1;
        }
      } else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = y[j2];
      }
      x[i] = j1;
      y[j1] = i;
      if (i0 >= 0) {
        x[i0] = -1;
        if (strict && --budget > 0
            && ++displaced[i0] <= SparseJonkerVolgenant.DISPLACEMENTS) {
          free[--k] = i0;
        } else {
          free[numFree++] = i0;
        }
      }
    }
    return numFree;
  }

  /** Dijkstra from free row f to the nearest free column, the dual update and the augmentation. */
  private void augment(int f) {
    Arrays.fill(exact, Long.MAX_VALUE);
    Arrays.fill(blocked, Long.MIN_VALUE);
    int numScanned = 0;
    int numPopped = 0;
    int row = f;
    double shift = 0;
    int end;
    double total;
    while (true) {
      scannedRow[numScanned] = row;
      scannedShift[numScanned++] = shift;
      int j = (int) (DenseScan.relax(c, row * n, v, shift, exact, blocked, n) & low);
      double dj = DenseScan.value(exact[j]);
      int i = y[j];
      if (i < 0) {
        end = j;
        total = dj;
        break;
      }
      blocked[j] = Long.MAX_VALUE;
      popped[numPopped] = j;
      poppedDist[numPopped++] = dj;
      row = i;
      shift = (c[i * n + j] - v[j]) - dj;
    }
    // The path, before the duals move: each column's predecessor is the first scanned row whose
    // relaxation gave the column its final key.
    int length = 0;
    int j = end;
    while (true) {
      int i = predecessor(j, numScanned);
      path[length] = j;
      pathRow[length++] = i;
      if (i == f) {
        break;
      }
      j = x[i];
    }
    for (int t = 0; t < numPopped; t++) {
      double delta = poppedDist[t] - total;
      if (delta < 0) {
        v[popped[t]] += delta;
      }
    }
    for (int t = 0; t < length; t++) {
      int col = path[t];
      int i = pathRow[t];
      y[col] = i;
      x[i] = col;
    }
  }

  private int predecessor(int j, int numScanned) {
    long target = exact[j];
    for (int s = 0; s < numScanned; s++) {
      int i = scannedRow[s];
      if (DenseScan.key(c[i * n + j] - v[j] - scannedShift[s]) == target) {
        return i;
      }
    }
    throw new IllegalStateException("no predecessor for column " + j);
  }
}
