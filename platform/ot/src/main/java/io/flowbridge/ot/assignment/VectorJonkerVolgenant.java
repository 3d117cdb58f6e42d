package io.flowbridge.ot.assignment;

import java.util.Arrays;

/**
 * Exact assignment on dense rows with the Vector API: column reduction, an ε-scaling auction
 * ({@link ScaledAuction}) when column reduction leaves most rows free, then JV's phases on the
 * warm start: keep its matches that are tight, augmenting row reduction for the other rows, and
 * Dijkstra shortest augmenting paths. Every step of the last two is one vectorised pass over a
 * whole row ({@link DenseScan}), the float costs widened to double in the vector registers.
 *
 * <p>Why dense: after the auction the sparse solver ({@link SparseJonkerVolgenant}) spent as much
 * time choosing each row's candidate columns and certifying them against the matrix as it did
 * augmenting. A dense step is one pass of packed-key minima over the row and needs neither, and up
 * to n = 512 that is cheaper (see {@link #MAX_N}).
 *
 * <p>Exactness: the duals are double and every reduced cost is computed in double (no double
 * copy of the matrix: widening in the kernel measured 16–18% faster at n = 256 and 10–18% at 512
 * than a copy made per solve). Column choices rank packed keys, whose resolution is
 * 2^(bits − 52) of the values (bits = {@link RowScan#indexBits}(n)): a search may take a column
 * whose distance exceeds another's by less than that, so the result is optimal to within n times
 * that resolution of the costs (~10⁻¹¹ relative at n = 256), far below float's rounding of the
 * costs themselves.
 */
final class VectorJonkerVolgenant {
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
  /** v for the columns the search has not scanned, −∞ for those it has (so they never win). */
  private final double[] live;
  /** Each scanned column's key when it was scanned (and the end column's). */
  private final long[] frozen;
  private final int[] scannedRow;
  private final double[] scannedShift;
  private final int[] popped;
  private final double[] poppedDist;
  private final int[] path;
  private final int[] pathRow;
  /** v in float, for the float scans of {@link #cheapest}; kept in step with v. */
  private final float[] vf;
  /** The largest |v[j]| so far, for the float scans' error margin. */
  private double vMagnitude;
  private final float[] twoFloats = new float[2];
  /** The float scan's lower bound on every column but its cheapest, +∞ if none (see cheapest). */
  private double others;

  private VectorJonkerVolgenant(float[] c, int n, double[] v) {
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
    this.live = new double[n];
    this.frozen = new long[n];
    this.scannedRow = new int[n + 1];
    this.scannedShift = new double[n + 1];
    this.popped = new int[n];
    this.poppedDist = new double[n];
    this.path = new int[n + 1];
    this.pathRow = new int[n + 1];
    this.vf = new float[n];
    for (int j = 0; j < n; j++) {
      vf[j] = (float) v[j];
      vMagnitude = Math.max(vMagnitude, Math.abs(v[j]));
    }
  }

  /**
   * The sizes this solver takes (with the Vector API). In-JVM A/B of whole solves against the
   * solvers used before (docs/ot-benchmarks.md, session 9), on 8-Gaussian, moons and Gaussian
   * targets: 3.4–11× faster than the dense double solver at n = 128 (slower at n ≤ 32), 33–44%
   * faster than the sparse solver at n = 256 and 10–17% at 512; at 1024 the sparse solver was
   * 21% faster on Gaussian targets.
   */
  static final int MIN_N = 33;
  static final int MAX_N = 512;

  /**
   * Whether this is the fastest exact solver for n × n: only on the Vector API (the portable
   * loops made whole n = 256 solves ~70% slower than the sparse solver).
   */
  static boolean suits(int n) {
    return RowScan.VECTOR && n >= MIN_N && n <= MAX_N;
  }

  /**
   * Solves min_σ Σ_i c[i*n + σ(i)] for a finite n × n matrix: column reduction, then, when it
   * leaves more than half the rows free, {@link ScaledAuction} for the warm start, then the dense
   * finish. Free rows are taken in {@code visit} order (null: 0 .. n−1).
   */
  static int[] solve(float[] c, int n, int[] visit) {
    if (visit == null) {
      visit = new int[n];
      for (int i = 0; i < n; i++) {
        visit[i] = i;
      }
    }
    double[] v = new double[n];
    int[] x = new int[n];
    int[] y = new int[n];
    Arrays.fill(x, -1);
    Arrays.fill(y, -1);
    double[] colMin = new double[n];
    int[] argMin = new int[n];
    DenseJonkerVolgenant.columnMinima(c, n, visit, colMin, argMin);
    int[] matches = DenseJonkerVolgenant.assignColumnMinima(n, colMin, argMin, x, y, v);
    int unmatched = 0;
    for (int i = 0; i < n; i++) {
      unmatched += matches[i] == 0 ? 1 : 0;
    }
    if (unmatched > SparseJonkerVolgenant.AUCTION_MIN_FREE * n) {
      ScaledAuction.run(c, n, visit, v, x);
    }
    return finish(c, n, v, x, visit);
  }

  /**
   * The optimal row → column assignment from a warm start: column duals v (changed in place)
   * and a matching start (row → column, −1 for unassigned rows), the auction's or column
   * reduction's; any start is valid, the closer the faster. Free rows are processed in
   * {@code visit} order.
   */
  static int[] finish(float[] c, int n, double[] v, int[] start, int[] visit) {
    VectorJonkerVolgenant f = new VectorJonkerVolgenant(c, n, v);
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
        // Tight when j0 is the float scan's cheapest and every other column is dearer in double.
        if (cheapest(i) == j0 && others > c[i * n + j0] - v[j0]) {
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
   * JV's augmenting row reduction on dense rows (see {@link DenseJonkerVolgenant}). A step takes
   * the float scan's exact lower bound on the other columns as u2 ({@link #cheapest}); on a near
   * tie it takes the double scan, where u2 is the floor of the second key's bucket. Either is at
   * most the true second smallest, so the row stays dual-feasible; keys sharing a bucket count
   * as a tie.
   */
  private int augmentingRowReduction(int[] free, int prevFree) {
    int[] displaced = new int[n];
    int k = 0;
    int numFree = 0;
    long budget = 4L * n + 16;
    while (k < prevFree) {
      int i = free[k++];
      int row = i * n;
      // The float scan first: when its lower bound on the other columns is above the cheapest
      // column's exact value, lowering that column's dual to the bound keeps the row tight and
      // every column feasible. Otherwise (a near tie) the exact double scan decides.
      int j1 = cheapest(i);
      double u1 = c[row + j1] - v[j1];
      boolean strict = others > u1;
      int i0 = y[j1];
      if (strict) {
        if (others < Double.POSITIVE_INFINITY) {
          lower(j1, others - u1);
        }
      } else {
        DenseScan.twoLowest(c, row, v, n, two);
        j1 = (int) (two[0] & low);
        long second = two[1];
        int j2 = second == Long.MAX_VALUE ? -1 : (int) (second & low);
        strict = j2 >= 0 && (second & ~low) != (two[0] & ~low);
        i0 = y[j1];
        if (strict) {
          u1 = c[row + j1] - v[j1];
          double u2 = DenseScan.value(second & ~low);
          if (u2 > u1) {
            lower(j1, u2 - u1);
          }
        } else if (i0 >= 0 && j2 >= 0) {
          j1 = j2;
          i0 = y[j2];
        }
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

  /**
   * Row i's cheapest column by the float scan ({@link RowScan#twoLowest}, ~half the time of the
   * double scan), and in {@link #others} a lower bound on the exact double value c − v of every
   * other column (+∞ when there is none): the floor of the second packed key's bucket, less the
   * float rounding of v and of the subtraction (2^−24 of each, taken 4 times over).
   */
  private int cheapest(int i) {
    int j1 = RowScan.twoLowest(c, i * n, vf, n, twoFloats);
    float second = twoFloats[1];
    if (second == Float.POSITIVE_INFINITY) {
      others = Double.POSITIVE_INFINITY;
    } else {
      double floor = RowScan.bucketFloor(RowScan.key(second), bits);
      others = floor - (Math.abs(floor) + vMagnitude) * 0x1p-22;
    }
    return j1;
  }

  /** Lowers v[j] by {@code by} ≥ 0, keeping the float copy and the magnitude in step. */
  private void lower(int j, double by) {
    double w = v[j] - by;
    v[j] = w;
    vf[j] = (float) w;
    vMagnitude = Math.max(vMagnitude, Math.abs(w));
  }

  /** Dijkstra from free row f to the nearest free column, the dual update and the augmentation. */
  private void augment(int f) {
    Arrays.fill(exact, Long.MAX_VALUE);
    System.arraycopy(v, 0, live, 0, n);
    int numScanned = 0;
    int numPopped = 0;
    int row = f;
    double shift = 0;
    int end;
    double total;
    while (true) {
      scannedRow[numScanned] = row;
      scannedShift[numScanned++] = shift;
      int j = (int) (DenseScan.relax(c, row * n, live, shift, exact, n) & low);
      double dj = DenseScan.value(exact[j]);
      frozen[j] = exact[j];
      int i = y[j];
      if (i < 0) {
        end = j;
        total = dj;
        break;
      }
      // Scanned: c − (−∞) − shift = +∞ can no longer lower its key, and MAX_VALUE never wins.
      live[j] = Double.NEGATIVE_INFINITY;
      exact[j] = Long.MAX_VALUE;
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
        lower(popped[t], -delta);
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
    long target = frozen[j];
    for (int s = 0; s < numScanned; s++) {
      int i = scannedRow[s];
      if (DenseScan.key(c[i * n + j] - v[j] - scannedShift[s]) == target) {
        return i;
      }
    }
    throw new IllegalStateException("no predecessor for column " + j);
  }
}
