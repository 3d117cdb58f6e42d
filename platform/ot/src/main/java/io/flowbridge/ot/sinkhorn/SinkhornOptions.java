package io.flowbridge.ot.sinkhorn;

/**
 * Settings of the entropic OT solvers (MATH.md §3, sinkhorn).
 *
 * @param reg the entropic regularisation ε &gt; 0, in the units of the cost
 * @param tolerance stop once the L1 marginal error Σ_i |Σ_j π_ij − a_i| + Σ_j |Σ_i π_ij − b_j| is
 *     at most this (for unbalanced transport: the L1 change of the marginals in one iteration)
 * @param maxIterations at most this many Sinkhorn iterations (one row and one column update each),
 *     over all ε-scaling stages together; hitting it returns {@code converged = false}
 * @param epsilonScaling solve a sequence of problems with ε halving from the cost's range down to
 *     {@code reg}, each warm-started from the last: far fewer iterations for small ε
 * @param overRelaxation balanced transport only: over-relax the updates, F ← (1−ω)·F + ω·(Sinkhorn
 *     update) with ω ∈ [1, 2) chosen from the observed convergence rate and reset to 1 when the
 *     marginal error grows. Same fixed point (the plan agrees to the tolerance), fewer iterations
 *     on most instances; false gives plain Sinkhorn. Ignored by {@link UnbalancedSinkhorn}.
 */
public record SinkhornOptions(
    double reg, double tolerance, int maxIterations, boolean epsilonScaling, boolean overRelaxation) {
  /** Default tolerance: an L1 marginal error of 1e-6. */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  /** Default iteration cap. */
  public static final int DEFAULT_MAX_ITERATIONS = 1000;

  public SinkhornOptions {
    if (!(reg > 0) || Double.isInfinite(reg)) {
      throw new IllegalArgumentException("reg = " + reg + ", must be finite and > 0");
    }
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance = " + tolerance + ", must be finite and >= 0");
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations = " + maxIterations + ", must be >= 1");
    }
  }

  /** As the canonical constructor, with over-relaxation on. */
  public SinkhornOptions(double reg, double tolerance, int maxIterations, boolean epsilonScaling) {
    this(reg, tolerance, maxIterations, epsilonScaling, true);
  }

  /** ε = {@code reg} with the default tolerance and iteration cap, no ε-scaling, over-relaxation on. */
  public static SinkhornOptions of(double reg) {
    return new SinkhornOptions(reg, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, false, true);
  }

  /** These settings with over-relaxation switched on or off. */
  public SinkhornOptions withOverRelaxation(boolean on) {
    return new SinkhornOptions(reg, tolerance, maxIterations, epsilonScaling, on);
  }
}
