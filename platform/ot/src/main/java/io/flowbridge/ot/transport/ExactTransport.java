package io.flowbridge.ot.transport;

import io.flowbridge.ot.plan.SparsePlan;
import io.flowbridge.ot.validation.Checks;
import io.flowbridge.ot.validation.Weights;

/**
 * Exact optimal transport between weighted point sets of any sizes (MATH.md §3, "for n≠m solve the
 * transport LP"): min Σ_ij π_ij C_ij over plans π ≥ 0 with row sums a and column sums b.
 *
 * <p>Solved by the primal network simplex method on the bipartite transportation network with a
 * strongly feasible tree basis (Cunningham 1976; Ahuja, Magnanti &amp; Orlin, "Network Flows", 1993,
 * ch. 11), the algorithm behind POT's {@code ot.emd} (Bonneel et al. 2011). The optimum it returns
 * is a basic solution: a spanning-tree basis has n + m − 1 arcs, so the plan has at most
 * n + m − 1 nonzero entries. With integral weights (e.g. all a_i = m and b_j = n) every basic
 * solution is integral, so for n = m and uniform weights the plan is a permutation.
 *
 * <p>Optimality is certified by the dual: the method stops when no cell has a reduced cost below
 * −1e-14·max|C|, so the returned cost is within about 1e-14·max|C|·(n + m) of the optimum; costs
 * spanning more than ~14 orders of magnitude cannot be resolved beyond that in double precision.
 */
public final class ExactTransport {
  /** Relative mismatch of Σa and Σb accepted as rounding; b is rescaled to Σa before solving. */
  static final double MASS_TOLERANCE = 1e-9;

  private ExactTransport() {}

  /**
   * The exact optimal plan between n = a.length sources and m = b.length targets.
   *
   * @param cost row-major n×m costs, finite (any sign)
   * @param a source weights, finite and ≥ 0, with a positive total
   * @param b target weights, finite and ≥ 0, with the same total as a up to a relative 1e-9
   * @return the optimal plan: row sums a, column sums b·(Σa/Σb), at most n + m − 1 entries of
   *     positive mass; sources or targets of weight 0 appear in no entry
   * @throws IllegalArgumentException naming the input if a set is empty, a size does not match,
   *     a value is NaN, infinite or negative, or the totals differ
   */
  public static SparsePlan solve(double[] cost, double[] a, double[] b) {
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.notNull("cost", cost);
    int n = a.length;
    int m = b.length;
    Checks.atLeast("a.length", n, 1);
    Checks.atLeast("b.length", m, 1);
    Checks.length("cost", cost.length, n, m, "a.length*b.length");
    Checks.finite("a", a);
    Checks.finite("b", b);
    Checks.finite("cost", cost);
    double totalA = Weights.total("a", a);
    double totalB = Weights.total("b", b);
    if (Math.abs(totalA - totalB) > MASS_TOLERANCE * Math.max(totalA, totalB)) {
      throw new IllegalArgumentException("a sums to " + totalA + " but b sums to " + totalB
          + "; exact transport needs equal totals (normalise both, or use unbalanced transport)");
    }
    // Weightless points take part in no plan entry: solving without them keeps the basis small
    // and the north-west start free of zero supplies.
    int[] rowIndex = Weights.support(a);
    int[] colIndex = Weights.support(b);
    int n2 = rowIndex.length;
    int m2 = colIndex.length;
    double[] a2 = new double[n2];
    double[] b2 = new double[m2];
    double rescale = totalA / totalB;
    for (int r = 0; r < n2; r++) {
      a2[r] = a[rowIndex[r]];
    }
    for (int c = 0; c < m2; c++) {
      b2[c] = rescale == 1 ? b[colIndex[c]] : b[colIndex[c]] * rescale;
    }
    double[] cost2 = cost;
    if (n2 != n || m2 != m) {
      cost2 = new double[n2 * m2];
      for (int r = 0; r < n2; r++) {
        int src = rowIndex[r] * m;
        for (int c = 0; c < m2; c++) {
          cost2[r * m2 + c] = cost[src + colIndex[c]];
        }
      }
    }
    NetworkSimplex simplex = new NetworkSimplex(cost2, a2, b2, n2, m2);
    simplex.run(maxPivots(n2, m2));
    return extract(simplex, rowIndex, colIndex, n, m);
  }

  /** A generous guard: observed pivot counts are a small multiple of (n + m)·log(n + m). */
  static long maxPivots(int n, int m) {
    long nodes = (long) n + m;
    return Math.max(10_000L, 200L * nodes * nodes);
  }

  private static SparsePlan extract(NetworkSimplex simplex, int[] rowIndex, int[] colIndex, int n, int m) {
    int n2 = rowIndex.length;
    int nodes = n2 + colIndex.length;
    int count = 0;
    for (int x = 1; x < nodes; x++) {
      if (simplex.flow(x) > 0) {
        count++;
      }
    }
    int[] rows = new int[count];
    int[] cols = new int[count];
    double[] mass = new double[count];
    int k = 0;
    // Node 0 is the root; every other node holds the flow on the arc to its parent.
    for (int x = 1; x < nodes; x++) {
      double f = simplex.flow(x);
      if (f <= 0) {
        continue;
      }
      int p = simplex.parent(x);
      int row = x < n2 ? x : p;
      int col = x < n2 ? p - n2 : x - n2;
      rows[k] = rowIndex[row];
      cols[k] = colIndex[col];
      mass[k] = f;
      k++;
    }
    return new SparsePlan(rows, cols, mass, n, m);
  }
}
