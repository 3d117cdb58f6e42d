package io.flowbridge.ot.sinkhorn;

import io.flowbridge.ot.validation.Checks;

/**
 * Entropic optimal transport (MATH.md §3, sinkhorn): the plan minimising
 * ⟨C, π⟩ + ε·Σ_ij π_ij (log π_ij − 1) over π ≥ 0 with row sums a and column sums b, which has the
 * form π = diag(u)·K·diag(v), K = exp(−C/ε). Computed by Sinkhorn's alternating scaling in the log
 * domain with a stabilised kernel, so ε far below the cost scale (1e-3 on a cost normalised to
 * max 1, where exp(−C/ε) underflows) stays finite; see {@link StabilizedSinkhorn} for the scheme.
 *
 * <p>Stops when the L1 marginal error of the plan is within {@link SinkhornOptions#tolerance()}; if
 * {@link SinkhornOptions#maxIterations()} runs out first the last iterate is returned with
 * {@code converged = false}. As ε → 0 the plan's cost decreases to the exact OT cost.
 */
public final class Sinkhorn {
  private Sinkhorn() {}

  /**
   * The entropic plan between n = a.length sources and m = b.length targets.
   *
   * @param cost row-major n×m costs, finite
   * @param a source weights ≥ 0 with a positive total
   * @param b target weights ≥ 0 with the same total as a (relative 1e-9; b is rescaled to Σa)
   * @throws IllegalArgumentException naming the input if a set is empty, a size does not match, a
   *     value is NaN, infinite or negative, or the totals differ
   */
  public static SinkhornResult solve(double[] cost, double[] a, double[] b, SinkhornOptions options) {
    Checks.notNull("options", options);
    Problem problem = Problem.of(cost, a, b, true);
    StabilizedSinkhorn engine =
        new StabilizedSinkhorn(problem.cost, problem.a, problem.b, Double.POSITIVE_INFINITY);
    return problem.expand(engine.solve(options));
  }
}
