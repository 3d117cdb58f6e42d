package io.flowbridge.plugins.couplings;

import io.flowbridge.api.option.Option;

/** Options of the {@code unbalanced} coupling (entropic OT with KL-relaxed marginals). */
public record UnbalancedCouplingOptions(
    @Option(doc = "Entropic regularisation epsilon, in units of the (normalised) cost.",
        defaultValue = "0.05", min = 0, minExclusive = true)
    double reg,
    @Option(doc = "Marginal relaxation rho (POT's reg_m): larger keeps the marginals closer to uniform.",
        defaultValue = "1.0", min = 0, minExclusive = true)
    double regM,
    @Option(doc = "Divide the cost matrix by its maximum before solving, as the reference implementation does.",
        defaultValue = "true")
    boolean normalizeCost,
    @Option(doc = "Stop when one iteration changes the plan's marginals by at most this (L1).",
        defaultValue = "1e-4", min = 0, minExclusive = true)
    double tolerance,
    @Option(doc = "Sinkhorn iterations allowed per minibatch; a batch that needs more fails with an error.",
        defaultValue = "10000", min = 1)
    int maxIterations) {

  public UnbalancedCouplingOptions {
    OptionChecks.finite(UnbalancedCoupling.KEY, "reg", reg);
    // regM → ∞ is balanced transport: the sinkhorn coupling.
    OptionChecks.finite(UnbalancedCoupling.KEY, "regM", regM);
    OptionChecks.finite(UnbalancedCoupling.KEY, "tolerance", tolerance);
  }

  /** The given regularisations, the other options at their defaults. */
  public UnbalancedCouplingOptions(double reg, double regM) {
    this(reg, regM, true, 1e-4, 10_000);
  }
}
