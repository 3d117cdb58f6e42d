package io.flowbridge.ot.assignment;

import io.flowbridge.ot.validation.Checks;

/**
 * Exact minimum-cost perfect matching on a dense square cost matrix (the linear assignment
 * problem), the solver behind exact-OT couplings and the W2 metric.
 *
 * <p>Both overloads run Jonker–Volgenant (column reduction, reduction transfer, augmenting row
 * reduction, then shortest augmenting paths) with double dual prices, so float inputs are solved
 * to double precision. With the Vector API, float matrices of 33 to 512 rows are solved on dense
 * vectorised rows after an auction warm start ({@code VectorJonkerVolgenant}); other float
 * matrices above {@value #DENSE_MAX_N} rows on a sparse graph of each row's cheapest columns,
 * certified optimal against the full matrix ({@code SparseJonkerVolgenant}). Results are
 * deterministic for a given input and JVM (the two paths may break exact ties differently).
 */
public final class LinearAssignment {
  /**
   * Up to this size the dense solver is as fast or faster (measured: equal at n = 128 on 2-D
   * clouds, 25% faster on 784-D ones): the candidate graph's setup does not pay off yet.
   */
  static final int DENSE_MAX_N = 128;

  private LinearAssignment() {}

  /**
   * Solves min_σ Σ_i cost[i*n + σ(i)] over permutations σ of {0..n-1}.
   *
   * @param cost row-major n×n costs, all finite
   * @throws IllegalArgumentException if n &lt; 0, cost has not n*n values or holds NaN/infinity
   */
  public static Assignment solve(float[] cost, int n) {
    check(cost, n);
    Checks.finite("cost", cost);
    return finish(solveFinite(cost, n), cost, n);
  }

  /**
   * The permutation for a cost matrix already known to be n×n and finite, without the check (a
   * pass over the n² entries, ~2–3% of a Euclidean solve at n = 256 in an A/B of session 3, that
   * {@link EuclideanAssignment} can rule out from the points).
   */
  static int[] solveFinite(float[] cost, int n) {
    return solveFinite(cost, n, null);
  }

  /**
   * As {@link #solveFinite(float[], int)} for rows sorted in space; {@code visit} lists them in
   * their original order (see {@code SparseJonkerVolgenant.solve(float[], int, int, int[])}).
   */
  static int[] solveFinite(float[] cost, int n, int[] visit) {
    int[] rowToColumn;
    if (VectorJonkerVolgenant.suits(n)) {
      rowToColumn = VectorJonkerVolgenant.solve(cost, n, visit);
    } else if (n <= DENSE_MAX_N) {
      // Widened once: the dense solver's inner loops run faster on double costs than they do
      // converting float entries on the fly, and at this size the copy is negligible.
      double[] wide = new double[cost.length];
      for (int i = 0; i < wide.length; i++) {
        wide[i] = cost[i];
      }
      rowToColumn = DenseJonkerVolgenantDouble.solve(wide, n);
    } else {
      rowToColumn = SparseJonkerVolgenant.solve(cost, n, SparseJonkerVolgenant.WIDTH, visit);
    }
    return rowToColumn;
  }

  /**
   * Solves min_σ Σ_i cost[i*n + σ(i)] over permutations σ of {0..n-1}.
   *
   * @param cost row-major n×n costs, all finite
   * @throws IllegalArgumentException if n &lt; 0, cost has not n*n values or holds NaN/infinity
   */
  public static Assignment solve(double[] cost, int n) {
    check(cost, n);
    Checks.finite("cost", cost);
    return finish(DenseJonkerVolgenantDouble.solve(cost, n), cost, n);
  }

  private static void check(Object cost, int n) {
    Checks.atLeast("n", n, 0);
    Checks.notNull("cost", cost);
    int length = cost instanceof float[] f ? f.length : ((double[]) cost).length;
    Checks.length("cost", length, n, n, "n*n");
  }

  private static Assignment finish(int[] rowToColumn, float[] cost, int n) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += cost[i * n + rowToColumn[i]];
    }
    return new Assignment(rowToColumn, total);
  }

  private static Assignment finish(int[] rowToColumn, double[] cost, int n) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += cost[i * n + rowToColumn[i]];
    }
    return new Assignment(rowToColumn, total);
  }
}
