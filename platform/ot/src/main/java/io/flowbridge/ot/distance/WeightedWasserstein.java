package io.flowbridge.ot.distance;

import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.plan.SparsePlan;
import io.flowbridge.ot.transport.ExactTransport;
import io.flowbridge.ot.validation.Checks;

/**
 * The 2-Wasserstein distance between weighted point sets of any sizes (MATH.md §6, generalised from
 * equal sizes and uniform weights), computed on the exact transport plan of {@link ExactTransport}.
 */
public final class WeightedWasserstein {
  private WeightedWasserstein() {}

  /**
   * W2 = sqrt(Σ_ij π_ij ‖a_i − b_j‖²) for the optimal plan π between the measures Σ_i wa_i δ(a_i)
   * and Σ_j wb_j δ(b_j), each weight vector first normalised to total 1 (so only relative weights
   * matter). A null weight vector means uniform weights.
   *
   * <p>The plan is found on the float cost matrix; the reported value is re-summed in double from
   * the coordinates of the plan's support, as in {@link Wasserstein#w2}.
   *
   * @param a row-major {@code [n, d]} points
   * @param wa n non-negative weights with a positive total, or null for 1/n each
   * @param b row-major {@code [m, d]} points
   * @param wb m non-negative weights with a positive total, or null for 1/m each
   * @throws IllegalArgumentException naming the input if n, m or d &lt; 1, an array has the wrong
   *     length, a value is NaN or infinite, a weight is negative or all weights are 0
   */
  public static double w2(float[] a, double[] wa, float[] b, double[] wb, int n, int m, int d) {
    Checks.atLeast("n", n, 1);
    Checks.atLeast("m", m, 1);
    Checks.atLeast("d", d, 1);
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.length("a", a.length, n, d, "n*d");
    Checks.length("b", b.length, m, d, "m*d");
    double[] pa = probabilities("wa", wa, n, "n");
    double[] pb = probabilities("wb", wb, m, "m");
    float[] cost = SquaredEuclidean.matrix(a, n, b, m, d);
    double[] wide = new double[cost.length];
    for (int e = 0; e < cost.length; e++) {
      wide[e] = cost[e];
    }
    SparsePlan plan = ExactTransport.solve(wide, pa, pb);
    double total = 0;
    double mass = 0;
    for (int k = 0; k < plan.nonzeros(); k++) {
      int ai = plan.rows()[k] * d;
      int bj = plan.cols()[k] * d;
      double s = 0;
      for (int q = 0; q < d; q++) {
        double diff = (double) a[ai + q] - b[bj + q];
        s += diff * diff;
      }
      total += plan.mass()[k] * s;
      mass += plan.mass()[k];
    }
    return Math.sqrt(total / mass);
  }

  private static double[] probabilities(String name, double[] w, int count, String size) {
    double[] p = new double[count];
    if (w == null) {
      java.util.Arrays.fill(p, 1.0 / count);
      return p;
    }
    Checks.length(name, w.length, count, 1, size);
    Checks.finite(name, w);
    double total = io.flowbridge.ot.validation.Weights.total(name, w);
    for (int i = 0; i < count; i++) {
      p[i] = w[i] / total;
    }
    return p;
  }
}
