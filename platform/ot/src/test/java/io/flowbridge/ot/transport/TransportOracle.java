package io.flowbridge.ot.transport;

/**
 * Independent reference optima for tiny transport problems: the LP optimum by enumerating every
 * vertex of the transportation polytope, and the assignment optimum by enumerating permutations.
 */
final class TransportOracle {
  private TransportOracle() {}

  /**
   * min Σ π_ij C_ij over π ≥ 0 with row sums a and column sums b, by enumeration of all bases.
   * A linear program attains its optimum at a vertex; the vertices of the transportation polytope
   * are the feasible basic solutions, whose bases are the spanning trees of the bipartite graph
   * K(n, m) (n + m − 1 cells). Each tree's flows follow by peeling leaves. Only for n·m ≤ 20.
   */
  static double lpOptimum(double[] cost, double[] a, double[] b) {
    int n = a.length;
    int m = b.length;
    int cells = n * m;
    int k = n + m - 1;
    if (cells > 20) throw new IllegalArgumentException("too large for enumeration");
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < (1 << cells); mask++) {
      if (Integer.bitCount(mask) != k) continue;
      double[] flow = treeFlows(mask, a, b, n, m);
      if (flow == null) continue;
      double c = 0;
      for (int e = 0; e < cells; e++) c += flow[e] * cost[e];
      best = Math.min(best, c);
    }
    return best;
  }

  /** Flows on the cells of mask if they form a spanning tree with a non-negative solution, else null. */
  private static double[] treeFlows(int mask, double[] a, double[] b, int n, int m) {
    double[] rest = new double[n + m];
    System.arraycopy(a, 0, rest, 0, n);
    System.arraycopy(b, 0, rest, n, m);
    boolean[] used = new boolean[n * m];
    int[] degree = new int[n + m];
    for (int e = 0; e < n * m; e++) {
      if ((mask & (1 << e)) != 0) {
        used[e] = true;
        degree[e / m]++;
        degree[n + e % m]++;
      }
    }
    double[] flow = new double[n * m];
    int remaining = Integer.bitCount(mask);
    while (remaining > 0) {
      int leafCell = -1;
      int leaf = -1;
      for (int e = 0; e < n * m && leafCell < 0; e++) {
        if (!used[e]) continue;
        if (degree[e / m] == 1) {
          leafCell = e;
          leaf = e / m;
        } else if (degree[n + e % m] == 1) {
          leafCell = e;
          leaf = n + e % m;
        }
      }
      if (leafCell < 0) return null; // a cycle: not a tree
      int other = leaf < n ? n + leafCell % m : leafCell / m;
      double f = rest[leaf];
      flow[leafCell] = f;
      rest[leaf] = 0;
      rest[other] -= f;
      used[leafCell] = false;
      degree[leaf]--;
      degree[other]--;
      remaining--;
    }
    double scale = 0;
    for (double x : a) scale += x;
    for (int v = 0; v < n + m; v++) {
      // With n + m − 1 cells and every supply/demand met, leftover means a disconnected forest.
      if (Math.abs(rest[v]) > 1e-12 * scale) return null;
    }
    for (double f : flow) {
      if (f < -1e-12 * scale) return null;
    }
    return flow;
  }

  /** min over permutations σ of Σ_i C[i, σ(i)] (Heap's algorithm); n ≤ 9. */
  static double assignmentOptimum(double[] cost, int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) p[i] = i;
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

  static double total(double[] cost, int n, int[] sigma) {
    double s = 0;
    for (int r = 0; r < n; r++) s += cost[r * n + sigma[r]];
    return s;
  }
}
