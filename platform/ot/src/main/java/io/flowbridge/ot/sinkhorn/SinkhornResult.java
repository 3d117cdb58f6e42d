package io.flowbridge.ot.sinkhorn;

import io.flowbridge.ot.plan.DensePlan;

/**
 * The outcome of an entropic OT solve.
 *
 * @param plan the entropic plan π = diag(u)·K·diag(v), an n×m dense matrix
 * @param cost the transport cost Σ_ij π_ij C_ij of that plan (without the entropy term)
 * @param iterations Sinkhorn iterations done, over all ε-scaling stages
 * @param marginalError L1 marginal error of {@code plan} (balanced: measured on the returned plan;
 *     unbalanced: the L1 change of the marginals in the last iteration)
 * @param converged whether {@code marginalError} is within the tolerance; false means the iteration
 *     cap was hit and {@code plan} is the last iterate, not a solution to the requested tolerance
 */
public record SinkhornResult(DensePlan plan, double cost, int iterations, double marginalError, boolean converged) {}
