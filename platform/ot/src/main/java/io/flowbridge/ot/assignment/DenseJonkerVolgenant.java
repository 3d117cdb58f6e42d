package io.flowbridge.ot.assignment;

/**
 * Jonker–Volgenant (LAPJV) on float costs with double dual prices: column reduction, reduction
 * transfer and two rounds of augmenting row reduction, then Dijkstra shortest augmenting paths
 * for the rows still free. {@link DenseJonkerVolgenantDouble} is its double-cost twin.
 */
final class DenseJonkerVolgenant {
  private DenseJonkerVolgenant() {}

  static int[] solve(float[] c, int n) {
    int[] x = new int[n]; // row -> column, -1 free
    int[] y = new int[n]; // column -> row, -1 free
    double[] v = new double[n];
    java.util.Arrays.fill(x, -1);
    java.util.Arrays.fill(y, -1);
    int[] free = new int[n];
    int numFree = columnReduction(c, n, x, y, v, free);
    for (int round = 0; round < 2 && numFree > 0; round++) {
      numFree = augmentingRowReduction(c, n, x, y, v, free, numFree);
    }
    augment(c, n, x, y, v, free, numFree);
    return x;
  }

  /** Returns the number of free rows, listed in free[0..]. */
  static int columnReduction(float[] c, int n, int[] x, int[] y, double[] v, int[] free) {
    double[] colMin = new double[n];
    int[] argMin = new int[n];
    columnMinima(c, n, null, colMin, argMin);
    int[] matches = assignColumnMinima(n, colMin, argMin, x, y, v);
    int numFree = 0;
    for (int i = 0; i < n; i++) {
      if (matches[i] == 0) {
        free[numFree++] = i;
      } else if (matches[i] == 1) {
        // Reduction transfer: lower v of the row's only column until its slack equals the
        // row's second-best, so u_i = c[i][j1] − v[j1] grows to that (still a row minimum).
        int j1 = x[i];
        int row = i * n;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
          if (j != j1) {
            double h = c[row + j] - v[j];
            if (h < min) {
              min = h;
            }
          }
        }
        if (min < Double.POSITIVE_INFINITY) {
          v[j1] = c[row + j1] - min;
        }
      }
    }
    return numFree;
  }

  /**
   * colMin[j] = min_i c[i][j] and argMin[j] = the first row attaining it, by a row-major sweep:
   * a column-wise scan would touch one cache line per entry. The running minima are kept in
   * float, like the entries, so the comparison needs no conversion: 69 against 89 µs per sweep
   * at n = 256 and 1.10 against 1.45 ms at n = 1024 on 2-D Gaussian clouds (a branch-free update
   * was slower than either: it stores on every entry, and after the first rows updates are rare
   * and predicted). (Subtracting row minima first, to make this invariant to per-row constants,
   * was measured ~10–20% slower on N(0, I) clouds, and not worth an adaptive switch on
   * high-dimensional ones: docs/ot-benchmarks.md.)
   *
   * <p>The rows are swept in {@code order} (null: 0..n-1), and ties go to the row visited first.
   * Rows sorted in space make the running minima change on many rows, and those branches
   * mispredict; the candidate solver passes their original random order to keep changes rare.
   */
  static void columnMinima(float[] c, int n, int[] order, double[] colMin, int[] argMin) {
    float[] min = new float[n];
    int from = 0;
    if (RowScan.VECTOR && n > 0) {
      // Column chunks on the Vector API: 66 → 26 µs at n = 256, unchanged at n = 1024 (where
      // the sweep is bound by memory either way). The remaining columns below, by the same
      // rule: the first row in order with the smallest value.
      from = n - n % VectorRowScan.lanes();
      VectorRowScan.columnMinima(c, n, order, from, min, argMin);
    }
    portableColumnMinima(c, n, order, from, min, argMin);
    for (int j = 0; j < n; j++) {
      colMin[j] = min[j];
    }
  }

  /** {@link #columnMinima} for the columns from {@code from} on, one row at a time. */
  static void portableColumnMinima(float[] c, int n, int[] order, int from, float[] min,
      int[] argMin) {
    if (from >= n) {
      return;
    }
    int first = order == null ? 0 : order[0];
    System.arraycopy(c, first * n + from, min, from, n - from);
    java.util.Arrays.fill(argMin, from, n, first);
    for (int t = 1; t < n; t++) {
      minimaOfRow(c, order == null ? t : order[t], n, from, min, argMin);
    }
  }

  private static void minimaOfRow(float[] c, int i, int n, int from, float[] min, int[] argMin) {
    int row = i * n;
    for (int j = from; j < n; j++) {
      float h = c[row + j];
      if (h < min[j]) {
        min[j] = h;
        argMin[j] = i;
      }
    }
  }

  /**
   * JV column reduction: v[j] = colMin[j]; each column is offered to its minimising row, which
   * keeps the cheapest column it is offered. Returns how many columns each row was offered.
   */
  static int[] assignColumnMinima(
      int n, double[] colMin, int[] argMin, int[] x, int[] y, double[] v) {
    int[] matches = new int[n];
    // Last column first, as in the original JV code.
    for (int j = n - 1; j >= 0; j--) {
      int i = argMin[j];
      v[j] = colMin[j];
      if (++matches[i] == 1) {
        x[i] = j;
        y[j] = i;
      } else if (v[j] < v[x[i]]) {
        int j1 = x[i];
        x[i] = j;
        y[j] = i;
        y[j1] = -1;
      }
    }
    return matches;
  }

  static int augmentingRowReduction(
      float[] c, int n, int[] x, int[] y, double[] v, int[] free, int prevFree) {
    int[] displaced = new int[n];
    int k = 0;
    int numFree = 0;
    // Chains of displacements can be long on near-tied costs; past this budget rows are left
    // to the augmentation phase, which is exact regardless.
    long budget = 4L * n + 16;
    while (k < prevFree) {
      int i = free[k++];
      int row = i * n;
      double u1 = c[row] - v[0];
      double u2 = Double.POSITIVE_INFINITY;
      int j1 = 0;
      int j2 = -1;
      for (int j = 1; j < n; j++) {
        double h = c[row + j] - v[j];
        if (h < u2) {
          if (h >= u1) {
            u2 = h;
            j2 = j;
          } else {
            u2 = u1;
            u1 = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      int i0 = y[j1];
      boolean strict = u1 < u2;
      if (strict) {
        v[j1] -= u2 - u1;
      } else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = y[j2];
      }
      if (x[i] >= 0) {
        y[x[i]] = -1;
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

  static void augment(float[] c, int n, int[] x, int[] y, double[] v, int[] free, int numFree) {
    double[] d = new double[n];
    int[] pred = new int[n];
    int[] cols = new int[n];
    for (int f = 0; f < numFree; f++) {
      int start = free[f];
      int row = start * n;
      for (int j = 0; j < n; j++) {
        d[j] = c[row + j] - v[j];
        pred[j] = start;
        cols[j] = j;
      }
      // cols[0..low) scanned, cols[low..up) at the current minimum distance, cols[up..n) rest.
      int low = 0;
      int up = 0;
      int last = 0;
      double min = 0;
      int end = -1;
      while (end < 0) {
        if (up == low) {
          last = low;
          min = d[cols[up++]];
          for (int k = up; k < n; k++) {
            int j = cols[k];
            double h = d[j];
            if (h <= min) {
              if (h < min) {
                up = low;
                min = h;
              }
              cols[k] = cols[up];
              cols[up++] = j;
            }
          }
          for (int k = low; k < up; k++) {
            if (y[cols[k]] < 0) {
              end = cols[k];
              break;
            }
          }
          if (end >= 0) {
            break;
          }
        }
        int j1 = cols[low++];
        int i = y[j1];
        int ri = i * n;
        double h0 = c[ri + j1] - v[j1] - min;
        for (int k = up; k < n; k++) {
          int j = cols[k];
          double h = c[ri + j] - v[j] - h0;
          if (h < d[j]) {
            pred[j] = i;
            if (h == min) {
              if (y[j] < 0) {
                end = j;
                break;
              }
              cols[k] = cols[up];
              cols[up++] = j;
            }
            d[j] = h;
          }
        }
      }
      // Columns scanned before the last minimum search got final distances below min.
      for (int k = 0; k < last; k++) {
        int j = cols[k];
        v[j] += d[j] - min;
      }
      int j = end;
      int i;
      do {
        i = pred[j];
        y[j] = i;
        int next = x[i];
        x[i] = j;
        j = next;
      } while (i != start);
    }
  }
}
