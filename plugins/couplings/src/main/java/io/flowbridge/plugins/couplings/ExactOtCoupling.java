package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.ot.plan.PlanSampler;
import io.flowbridge.ot.plan.SparsePlan;
import io.flowbridge.ot.transport.ExactTransport;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The exact optimal-transport coupling of MATH.md §3 (OT-CFM) on the cost
 * {@code C_ij = ‖x0_i − x1_j‖²} with uniform weights. With n = m the optimal plan is a permutation
 * σ, found by linear assignment on the centred clouds; {@code x0_i} is paired with {@code x1_σ(i)} and nothing is drawn
 * from the random generator. With n ≠ m the transport LP is solved exactly ({@link ExactTransport})
 * and n pairs are drawn i.i.d. from the plan.
 */
public final class ExactOtCoupling implements Coupling {
  static final String KEY = "exact-ot";

  public ExactOtCoupling(NoOptions options) {}

  @Override
  public Pairing pair(Points source, Points target, RandomGenerator random) {
    int n = source.count();
    int m = target.count();
    if (n == 0 && m == 0) {
      return Pairing.identity(0);
    }
    if (n == m) {
      int[] sigma = Minibatch.assignment(KEY, source, target);
      int[] rows = new int[n];
      for (int i = 0; i < n; i++) rows[i] = i;
      return new Pairing(rows, sigma);
    }
    float[] cost = Minibatch.cost(KEY, source, target);
    // Integral weights (m per source, n per target, total n·m) keep the plan's arithmetic exact.
    double[] a = new double[n];
    double[] b = new double[m];
    Arrays.fill(a, m);
    Arrays.fill(b, n);
    SparsePlan plan = ExactTransport.solve(Minibatch.widen(cost, false), a, b);
    return Minibatch.toPairing(PlanSampler.sample(plan, n, random));
  }

  /** Stateless: minibatches may be paired on several threads at once. */
  @Override
  public boolean concurrent() {
    return true;
  }
}
