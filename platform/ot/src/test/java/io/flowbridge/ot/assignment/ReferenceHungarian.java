package io.flowbridge.ot.assignment;

import java.util.Arrays;

/**
 * Test oracle: the textbook O(n³) Hungarian method in shortest-augmenting-path form (dense,
 * double, no initialisation heuristics), independent of the JV code under test and fast enough
 * to check instances far beyond brute force.
 */
final class ReferenceHungarian {
  private ReferenceHungarian() {}

  /** Returns rowToColumn for the validated, finite, row-major n×n {@code cost}. */
  static int[] solve(double[] cost, int n) {
    // 1-based arrays with a virtual column 0 that holds the row being inserted.
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] colToRow = new int[n + 1];
    int[] way = new int[n + 1];
    double[] minv = new double[n + 1];
    boolean[] used = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      colToRow[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = colToRow[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        int base = (i0 - 1) * n - 1;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double reduced = cost[base + j] - u[i0] - v[j];
            if (reduced < minv[j]) {
              minv[j] = reduced;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[colToRow[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (colToRow[j0] != 0);
      do {
        int j1 = way[j0];
        colToRow[j0] = colToRow[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] rowToColumn = new int[n];
    for (int j = 1; j <= n; j++) {
      rowToColumn[colToRow[j] - 1] = j - 1;
    }
    return rowToColumn;
  }
}
