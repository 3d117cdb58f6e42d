package io.flowbridge.ot.distance;

import io.flowbridge.ot.assignment.Assignment;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.validation.Checks;

/**
 * Wasserstein distances between equally sized, uniformly weighted point sets (MATH.md §6), computed
 * with the exact assignment solver.
 */
public final class Wasserstein {
  private Wasserstein() {}

  /**
   * The 2-Wasserstein distance W2 = sqrt(min_σ (1/n) Σ_i ‖a_i − b_σ(i)‖²) between the rows of
   * {@code a} and {@code b}, both row-major {@code [n, d]}.
   *
   * <p>The matching is found on the float cost matrix; the reported value is then re-summed in
   * double from the coordinates of the matched pairs, so it does not inherit the cost matrix's
   * rounding (a set and its translate by c give ‖c‖ to double precision).
   *
   * @throws IllegalArgumentException if n &lt; 1, d &lt; 1, an array does not hold n*d values or
   *     holds NaN/infinity
   */
  public static double w2(float[] a, float[] b, int n, int d) {
    Checks.atLeast("n", n, 1);
    Checks.atLeast("d", d, 1);
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.length("a", a.length, n, d, "n*d");
    Checks.length("b", b.length, n, d, "n*d");
    float[] cost = SquaredEuclidean.matrix(a, n, b, n, d);
    Assignment matching = LinearAssignment.solve(cost, n);
    int[] sigma = matching.rowToColumn();
    double total = 0;
    for (int i = 0; i < n; i++) {
      int ai = i * d;
      int bj = sigma[i] * d;
      for (int k = 0; k < d; k++) {
        double diff = (double) a[ai + k] - b[bj + k];
        total += diff * diff;
      }
    }
    return Math.sqrt(total / n);
  }
}
