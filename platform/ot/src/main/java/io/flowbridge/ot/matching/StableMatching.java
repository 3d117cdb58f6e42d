package io.flowbridge.ot.matching;

import io.flowbridge.ot.validation.Checks;

/**
 * Stable matching between n sources (rows) and n targets (columns) of a cost matrix by the
 * Gale–Shapley algorithm (Gale &amp; Shapley, "College admissions and the stability of marriage",
 * 1962), the stable coupling of Multisample Flow Matching (Pooladian et al. 2023; MATH.md §3).
 *
 * <p>Both sides prefer lower cost: row i ranks column j by (C_ij, j), column j ranks row i by
 * (C_ij, i), so ties are broken by the smaller index and every preference is strict. Rows propose
 * in order of increasing cost; a column holds the best proposal so far. The result is the unique
 * row-optimal stable matching: no row and column both prefer each other to their partners, and every
 * row gets the best partner it has in any stable matching. It is deterministic (the proposal order
 * does not change the result) and costs O(n²) to set up plus O(log n) per proposal: each row's
 * preference list is a binary heap built on the row's first proposal and popped lazily (for float
 * costs, a heap of packed (cost, column) longs).
 */
public final class StableMatching {
  private StableMatching() {}

  /**
   * The row-optimal stable matching of a row-major n×n cost matrix.
   *
   * @return {@code rowToColumn}: row i is matched with column {@code rowToColumn[i]}, a permutation
   * @throws IllegalArgumentException if n &lt; 0 or cost has not n*n values or holds NaN/infinity
   */
  public static int[] solve(float[] cost, int n) {
    Checks.atLeast("n", n, 0);
    Checks.notNull("cost", cost);
    Checks.length("cost", cost.length, n, n, "n*n");
    Checks.finite("cost", cost);
    return galeShapley(new PackedPreferences(cost, n), n);
  }

  /**
   * The row-optimal stable matching of a row-major n×n cost matrix.
   *
   * @return {@code rowToColumn}: row i is matched with column {@code rowToColumn[i]}, a permutation
   * @throws IllegalArgumentException if n &lt; 0 or cost has not n*n values or holds NaN/infinity
   */
  public static int[] solve(double[] cost, int n) {
    Checks.atLeast("n", n, 0);
    Checks.notNull("cost", cost);
    Checks.length("cost", cost.length, n, n, "n*n");
    Checks.finite("cost", cost);
    return galeShapley(new IndexPreferences(cost, n), n);
  }

  /**
   * The proposal loop, shared by both cost types: free rows propose to their next preferred column,
   * a column keeps the proposer it ranks higher.
   */
  private static int[] galeShapley(Preferences prefs, int n) {
    int[] rowToColumn = new int[n];
    int[] columnToRow = new int[n];
    java.util.Arrays.fill(columnToRow, -1);
    int[] free = new int[n];
    int freeCount = 0;
    for (int i = n - 1; i >= 0; i--) {
      free[freeCount++] = i;
    }
    while (freeCount > 0) {
      int row = free[--freeCount];
      // A free row always has a column left: it can only have been rejected by columns that
      // hold a partner, and with n rows and n columns not all of them can.
      int col = prefs.next(row);
      int holder = columnToRow[col];
      if (holder < 0) {
        columnToRow[col] = row;
        rowToColumn[row] = col;
      } else if (prefs.columnPrefers(col, row, holder)) {
        columnToRow[col] = row;
        rowToColumn[row] = col;
        free[freeCount++] = holder;
      } else {
        free[freeCount++] = row;
      }
    }
    return rowToColumn;
  }

  /** Both sides' preferences: lower cost first, ties to the lower index. */
  private interface Preferences {
    /** Row's most preferred column it has not proposed to yet. */
    int next(int row);

    /** Whether column col ranks row i above row k. */
    boolean columnPrefers(int col, int i, int k);
  }

  /**
   * Float costs: each row's preferences are a heap of packed longs, the cost's order-preserving
   * int bits in the high half and the column in the low half, so one long comparison is the
   * (cost, column) order and the heap needs no lookups into the cost row. Built on the row's first
   * proposal. Same result as {@link IndexPreferences} on the widened costs, 25–45% faster at
   * n = 256 with the branch-free sift below (docs/ot-benchmarks.md).
   */
  private static final class PackedPreferences implements Preferences {
    private final float[] cost;
    private final int n;
    private final long[][] heaps;
    private final int[] heapSize;

    PackedPreferences(float[] cost, int n) {
      this.cost = cost;
      this.n = n;
      this.heaps = new long[n][];
      this.heapSize = new int[n];
    }

    @Override
    public int next(int row) {
      long[] heap = heaps[row];
      if (heap == null) {
        heap = new long[n];
        int base = row * n;
        for (int c = 0; c < n; c++) {
          heap[c] = ((long) sortable(cost[base + c]) << 32) | c;
        }
        for (int k = n / 2 - 1; k >= 0; k--) {
          siftDown(heap, k, n);
        }
        heaps[row] = heap;
        heapSize[row] = n;
      }
      int size = heapSize[row]--;
      long top = heap[0];
      heap[0] = heap[size - 1];
      siftDown(heap, 0, size - 1);
      return (int) top;
    }

    @Override
    public boolean columnPrefers(int col, int i, int k) {
      float ci = cost[i * n + col];
      float ck = cost[k * n + col];
      return ci < ck || (ci == ck && i < k);
    }

    private static void siftDown(long[] heap, int k, int size) {
      long x = heap[k];
      while (true) {
        int child = 2 * k + 1;
        if (child >= size) {
          break;
        }
        long c = heap[child];
        if (child + 1 < size) {
          // Branch-free choice of the smaller child: on random keys a branch here mispredicts
          // half the time.
          long d = heap[child + 1];
          boolean right = d < c;
          child += right ? 1 : 0;
          c = right ? d : c;
        }
        if (c >= x) {
          break;
        }
        heap[k] = c;
        k = child;
      }
      heap[k] = x;
    }
  }

  /**
   * An int whose signed order is the float's numeric order (−0 taken as +0, so that equal costs
   * tie and the column index decides, as in the double comparisons).
   */
  static int sortable(float c) {
    int bits = Float.floatToRawIntBits(c + 0.0f);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }

  /**
   * Double costs (a double and a column do not fit one long): each row's preferences are a heap
   * of column indices compared through the cost row, built on the row's first proposal.
   */
  private static final class IndexPreferences implements Preferences {
    private final double[] cost;
    private final int n;
    private final int[][] heaps;
    private final int[] heapSize;

    IndexPreferences(double[] cost, int n) {
      this.cost = cost;
      this.n = n;
      this.heaps = new int[n][];
      this.heapSize = new int[n];
    }

    @Override
    public int next(int row) {
      int base = row * n;
      int[] heap = heaps[row];
      if (heap == null) {
        heap = new int[n];
        for (int c = 0; c < n; c++) {
          heap[c] = c;
        }
        for (int k = n / 2 - 1; k >= 0; k--) {
          siftDown(heap, k, n, base);
        }
        heaps[row] = heap;
        heapSize[row] = n;
      }
      int size = heapSize[row]--;
      int top = heap[0];
      heap[0] = heap[size - 1];
      siftDown(heap, 0, size - 1, base);
      return top;
    }

    @Override
    public boolean columnPrefers(int col, int i, int k) {
      double ci = cost[i * n + col];
      double ck = cost[k * n + col];
      return ci < ck || (ci == ck && i < k);
    }

    /** Whether the row (at offset base) ranks column p above column q. */
    private boolean before(int base, int p, int q) {
      double cp = cost[base + p];
      double cq = cost[base + q];
      return cp < cq || (cp == cq && p < q);
    }

    private void siftDown(int[] heap, int k, int size, int base) {
      int x = heap[k];
      while (true) {
        int child = 2 * k + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && before(base, heap[child + 1], heap[child])) {
          child++;
        }
        if (!before(base, heap[child], x)) {
          break;
        }
        heap[k] = heap[child];
        k = child;
      }
      heap[k] = x;
    }
  }
}
