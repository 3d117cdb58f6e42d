package io.flowbridge.ot.assignment;

/** Reference optimum by enumerating all n! permutations (Heap's algorithm); n ≤ 9 only. */
final class BruteForce {
  private BruteForce() {}

  static double minCost(double[] cost, int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    double best = total(cost, n, p);
    int[] c = new int[n];
    int i = 1;
    while (i < n) {
      if (c[i] < i) {
        int k = (i % 2 == 0) ? 0 : c[i];
        int t = p[k];
        p[k] = p[i];
        p[i] = t;
        best = Math.min(best, total(cost, n, p));
        c[i]++;
        i = 1;
      } else {
        c[i] = 0;
        i++;
      }
    }
    return best;
  }

  static double total(double[] cost, int n, int[] rowToColumn) {
    double s = 0;
    for (int r = 0; r < n; r++) {
      s += cost[r * n + rowToColumn[r]];
    }
    return s;
  }

  static double[] widen(float[] cost) {
    double[] w = new double[cost.length];
    for (int i = 0; i < cost.length; i++) {
      w[i] = cost[i];
    }
    return w;
  }
}
