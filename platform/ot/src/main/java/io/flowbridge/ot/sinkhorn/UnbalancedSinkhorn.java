package io.flowbridge.ot.sinkhorn;

import io.flowbridge.ot.validation.Checks;

/**
 * Unbalanced entropic optimal transport (Chizat, Peyré, Schmitzer &amp; Vialard, "Scaling
 * algorithms for unbalanced optimal transport problems", Math. Comp. 2018): the marginal
 * constraints are relaxed to KL penalties, minimising
 * ⟨C, π⟩ + ε·Σ π_ij (log π_ij − 1) + ρ·KL(π1 | a) + ρ·KL(πᵀ1 | b),
 * KL(p | q) = Σ p log(p/q) − p + q. The scaling iteration becomes u = (a / Kv)^κ, v = (b / Kᵀu)^κ
 * with κ = ρ/(ρ+ε); ρ → ∞ gives κ → 1, balanced Sinkhorn. Mass can be created or destroyed, so a
 * and b may have different totals and far-away outliers are partly left untransported.
 *
 * <p>Run by the same stabilised log-domain engine as {@link Sinkhorn}. The stopping criterion is the
 * L1 change of the column marginal in one iteration (the fixed-point residual; the marginals
 * themselves do not equal a and b).
 */
public final class UnbalancedSinkhorn {
  private UnbalancedSinkhorn() {}

  /**
   * The unbalanced entropic plan between n = a.length sources and m = b.length targets.
   *
   * @param regM the marginal relaxation ρ &gt; 0 (called reg_m in POT)
   * @throws IllegalArgumentException naming the input if regM is not finite and positive, a set is
   *     empty, a size does not match, or a value is NaN, infinite or negative
   */
  public static SinkhornResult solve(double[] cost, double[] a, double[] b, double regM, SinkhornOptions options) {
    Checks.notNull("options", options);
    if (!(regM > 0) || Double.isInfinite(regM)) {
      throw new IllegalArgumentException("regM = " + regM + ", must be finite and > 0");
    }
    Problem problem = Problem.of(cost, a, b, false);
    StabilizedSinkhorn engine = new StabilizedSinkhorn(problem.cost, problem.a, problem.b, regM);
    return problem.expand(engine.solve(options));
  }
}
