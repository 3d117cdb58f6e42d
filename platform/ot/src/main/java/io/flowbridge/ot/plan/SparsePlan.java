package io.flowbridge.ot.plan;

import io.flowbridge.ot.validation.Checks;

/**
 * A transport plan between n sources and m targets stored by its nonzero entries: source
 * {@code rows[k]} sends {@code mass[k]} to target {@code cols[k]}. An exact plan (MATH.md §3) has at
 * most n + m − 1 entries, so this is the form {@link io.flowbridge.ot.transport.ExactTransport}
 * returns. Entries are validated on construction: indices in range, masses finite and ≥ 0.
 */
public record SparsePlan(int[] rows, int[] cols, double[] mass, int n, int m) {
  public SparsePlan {
    Checks.atLeast("n", n, 0);
    Checks.atLeast("m", m, 0);
    Checks.notNull("rows", rows);
    Checks.notNull("cols", cols);
    Checks.notNull("mass", mass);
    if (rows.length != mass.length || cols.length != mass.length) {
      throw new IllegalArgumentException("rows, cols and mass must have equal lengths, got "
          + rows.length + ", " + cols.length + " and " + mass.length);
    }
    for (int k = 0; k < mass.length; k++) {
      if (rows[k] < 0 || rows[k] >= n) {
        throw new IllegalArgumentException("rows[" + k + "] = " + rows[k] + " is outside 0.." + (n - 1));
      }
      if (cols[k] < 0 || cols[k] >= m) {
        throw new IllegalArgumentException("cols[" + k + "] = " + cols[k] + " is outside 0.." + (m - 1));
      }
    }
    PlanChecks.nonNegative("mass", mass);
  }

  /** Number of stored entries. */
  public int nonzeros() {
    return mass.length;
  }

  /** Σ of all masses. */
  public double totalMass() {
    double total = 0;
    for (double x : mass) {
      total += x;
    }
    return total;
  }

  /** The mass each source sends: length n. */
  public double[] rowMarginals() {
    double[] out = new double[n];
    for (int k = 0; k < mass.length; k++) {
      out[rows[k]] += mass[k];
    }
    return out;
  }

  /** The mass each target receives: length m. */
  public double[] columnMarginals() {
    double[] out = new double[m];
    for (int k = 0; k < mass.length; k++) {
      out[cols[k]] += mass[k];
    }
    return out;
  }

  /** Σ_k mass[k]·cost[rows[k]·m + cols[k]] for a row-major n×m cost matrix. */
  public double cost(double[] cost) {
    Checks.notNull("cost", cost);
    Checks.length("cost", cost.length, n, m, "n*m");
    double total = 0;
    for (int k = 0; k < mass.length; k++) {
      total += mass[k] * cost[rows[k] * m + cols[k]];
    }
    return total;
  }

  /** The same plan as a dense n×m matrix (entries at repeated positions add up). */
  public DensePlan toDense() {
    double[] dense = new double[Math.multiplyExact(n, m)];
    for (int k = 0; k < mass.length; k++) {
      dense[rows[k] * m + cols[k]] += mass[k];
    }
    return new DensePlan(dense, n, m);
  }
}
