package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.ot.plan.PlanSampler;
import io.flowbridge.ot.sinkhorn.SinkhornOptions;
import io.flowbridge.ot.sinkhorn.SinkhornResult;
import io.flowbridge.ot.sinkhorn.UnbalancedSinkhorn;
import java.util.random.RandomGenerator;

/**
 * Unbalanced entropic OT coupling (MATH.md §3, "further options of the reference implementation"):
 * the marginal constraints of {@code sinkhorn} are relaxed to KL penalties of weight
 * {@code regM}, so points far from everything on the other side (outliers) are transported less and
 * drawn less often. n pairs are drawn i.i.d. from the plan normalised to total mass 1. Fails with an
 * error if the iteration does not settle within {@code maxIterations}.
 */
public final class UnbalancedCoupling implements Coupling {
  static final String KEY = "unbalanced";

  private final UnbalancedCouplingOptions options;
  private final SinkhornOptions solver;

  public UnbalancedCoupling(UnbalancedCouplingOptions options) {
    this.options = options;
    this.solver = new SinkhornOptions(options.reg(), options.tolerance(), options.maxIterations(), false);
  }

  @Override
  public Pairing pair(Points source, Points target, RandomGenerator random) {
    double[] cost = Minibatch.widen(Minibatch.cost(KEY, source, target), options.normalizeCost());
    SinkhornResult result = UnbalancedSinkhorn.solve(cost, SinkhornCoupling.uniform(source.count()),
        SinkhornCoupling.uniform(target.count()), options.regM(), solver);
    if (!result.converged()) {
      throw SinkhornCoupling.notConverged(KEY, result, options.reg(), options.tolerance(),
          "raise maxIterations or reg");
    }
    return Minibatch.toPairing(PlanSampler.sample(result.plan(), source.count(), random));
  }

  /** Stateless: minibatches may be paired on several threads at once. */
  @Override
  public boolean concurrent() {
    return true;
  }
}
