package io.flowbridge.ot.distance;

import io.flowbridge.ot.assignment.EuclideanAssignment;
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
   * <p>The matching comes from {@link EuclideanAssignment} (float costs of the centred clouds);
   * the reported value is re-summed in double from the coordinates of the matched pairs, so it
   * does not inherit the cost matrix's rounding (a set and its translate by c give ‖c‖ to
   * double precision).
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
    Checks.finite("a", a);
    Checks.finite("b", b);
    double total = EuclideanAssignment.solve(a, b, n, d).cost();
    return Math.sqrt(total / n);
  }
}
