package io.flowbridge.ot.plan;

import io.flowbridge.ot.validation.Checks;

/**
 * A transport plan between n sources and m targets as a row-major n×m matrix: source i sends
 * {@code mass[i*m + j]} to target j. Entropic plans (MATH.md §3, sinkhorn) are dense. The array is
 * shared, not copied: construction checks its length only, so it stays O(1) for large plans.
 */
public record DensePlan(double[] mass, int n, int m) {
  public DensePlan {
    Checks.atLeast("n", n, 0);
    Checks.atLeast("m", m, 0);
    Checks.notNull("mass", mass);
    Checks.length("mass", mass.length, n, m, "n*m");
  }

  /** The mass source i sends to target j. */
  public double get(int i, int j) {
    return mass[i * m + j];
  }

  /** Σ of all entries. */
  public double totalMass() {
    double total = 0;
    for (double x : mass) {
      total += x;
    }
    return total;
  }

  /** The mass each source sends (row sums): length n. */
  public double[] rowMarginals() {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      int row = i * m;
      for (int j = 0; j < m; j++) {
        s += mass[row + j];
      }
      out[i] = s;
    }
    return out;
  }

  /** The mass each target receives (column sums): length m. */
  public double[] columnMarginals() {
    double[] out = new double[m];
    for (int i = 0; i < n; i++) {
      int row = i * m;
      for (int j = 0; j < m; j++) {
        out[j] += mass[row + j];
      }
    }
    return out;
  }

  /** Σ_ij mass[i*m + j]·cost[i*m + j] for a row-major n×m cost matrix. */
  public double cost(double[] cost) {
    Checks.notNull("cost", cost);
    Checks.length("cost", cost.length, n, m, "n*m");
    double total = 0;
    for (int k = 0; k < mass.length; k++) {
      total += mass[k] * cost[k];
    }
    return total;
  }

  /**
   * The L1 distance of the plan's marginals to the given weights,
   * Σ_i |Σ_j π_ij − a_i| + Σ_j |Σ_i π_ij − b_j|: the marginal error Sinkhorn stops on.
   */
  public double marginalError(double[] a, double[] b) {
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.length("a", a.length, n, 1, "n");
    Checks.length("b", b.length, m, 1, "m");
    double[] rows = rowMarginals();
    double[] cols = columnMarginals();
    double err = 0;
    for (int i = 0; i < n; i++) {
      err += Math.abs(rows[i] - a[i]);
    }
    for (int j = 0; j < m; j++) {
      err += Math.abs(cols[j] - b[j]);
    }
    return err;
  }
}
