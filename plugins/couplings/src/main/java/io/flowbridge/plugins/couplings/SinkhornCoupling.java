package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.ot.plan.PlanSampler;
import io.flowbridge.ot.sinkhorn.Sinkhorn;
import io.flowbridge.ot.sinkhorn.SinkhornOptions;
import io.flowbridge.ot.sinkhorn.SinkhornResult;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The entropic OT coupling of MATH.md §3 ({@code sinkhorn}): the plan π = diag(u)·K·diag(v),
 * K = exp(−C/ε), between the uniform weights of the two batches on C_ij = ‖x0_i − x1_j‖² (divided
 * by its max unless {@code normalizeCost = false}), solved by log-domain Sinkhorn; n pairs are
 * drawn i.i.d. from π, so rows can repeat. A minibatch whose plan does not reach the tolerance
 * within {@code maxIterations} fails with a {@link FlowbridgeException} instead of silently
 * training on an unconverged plan.
 */
public final class SinkhornCoupling implements Coupling {
  static final String KEY = "sinkhorn";

  private final SinkhornCouplingOptions options;
  private final SinkhornOptions solver;

  public SinkhornCoupling(SinkhornCouplingOptions options) {
    this.options = options;
    this.solver = new SinkhornOptions(options.reg(), options.tolerance(), options.maxIterations(), options.epsilonScaling());
  }

  @Override
  public Pairing pair(Points source, Points target, RandomGenerator random) {
    double[] cost = Minibatch.widen(Minibatch.cost(KEY, source, target), options.normalizeCost());
    SinkhornResult result = Sinkhorn.solve(cost, uniform(source.count()), uniform(target.count()), solver);
    if (!result.converged()) {
      throw notConverged(KEY, result, options.reg(), options.tolerance(),
          "raise maxIterations, raise reg or set epsilonScaling = true");
    }
    return Minibatch.toPairing(PlanSampler.sample(result.plan(), source.count(), random));
  }

  static double[] uniform(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    return w;
  }

  static FlowbridgeException notConverged(String key, SinkhornResult r, double reg, double tolerance, String advice) {
    return new FlowbridgeException(key + ": Sinkhorn did not converge for reg = " + reg + ": marginal error "
        + r.marginalError() + " > tolerance " + tolerance + " after " + r.iterations() + " iterations; " + advice);
  }

  /** Stateless: minibatches may be paired on several threads at once. */
  @Override
  public boolean concurrent() {
    return true;
  }
}
