package io.flowbridge.plugins.couplings;

import io.flowbridge.api.option.Option;

/**
 * Options of the {@code sinkhorn} coupling (entropic OT, MATH.md §3). The default tolerance, an L1
 * marginal error of 1e-4, is far below the noise of drawing n pairs from the plan; typical batches
 * (ε = 0.05 on the normalised cost) meet it in 10–20 iterations, while nearly deterministic plans
 * (tiny batches, well separated clusters) can need thousands, hence the generous cap.
 */
public record SinkhornCouplingOptions(
    @Option(doc = "Entropic regularisation epsilon, in units of the (normalised) cost; SB-CFM uses 2 sigma^2.",
        defaultValue = "0.05", min = 0, minExclusive = true)
    double reg,
    @Option(doc = "Divide the cost matrix by its maximum before solving, as the reference implementation does.",
        defaultValue = "true")
    boolean normalizeCost,
    @Option(doc = "Stop when the L1 marginal error of the plan is at most this.",
        defaultValue = "1e-4", min = 0, minExclusive = true)
    double tolerance,
    @Option(doc = "Sinkhorn iterations allowed per minibatch; a batch that needs more fails with an error.",
        defaultValue = "10000", min = 1)
    int maxIterations,
    @Option(doc = "Solve with epsilon halving from the cost range down to reg (far fewer iterations for small reg).",
        defaultValue = "false")
    boolean epsilonScaling) {

  public SinkhornCouplingOptions {
    OptionChecks.finite(SinkhornCoupling.KEY, "reg", reg);
    OptionChecks.finite(SinkhornCoupling.KEY, "tolerance", tolerance);
  }

  /** The given regularisation, the other options at their defaults. */
  public SinkhornCouplingOptions(double reg) {
    this(reg, true, 1e-4, 10_000, false);
  }
}
