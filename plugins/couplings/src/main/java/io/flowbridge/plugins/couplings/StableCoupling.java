package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.ot.matching.StableMatching;
import java.util.random.RandomGenerator;

/**
 * The stable coupling of Multisample Flow Matching (MATH.md §3, {@code stable}): Gale–Shapley on
 * C_ij = ‖x0_i − x1_j‖², source points proposing to targets by increasing distance, both sides
 * preferring closer points (ties by index). The result is a permutation with no blocking pair —
 * no source and target that are closer to each other than to their partners. Cheaper than exact OT
 * and deterministic: nothing is drawn from the random generator.
 */
public final class StableCoupling implements Coupling {
  static final String KEY = "stable";

  public StableCoupling(NoOptions options) {}

  @Override
  public Pairing pair(Points source, Points target, RandomGenerator random) {
    Minibatch.requireEqualSizes(KEY, source, target);
    int n = source.count();
    if (n == 0) {
      return Pairing.identity(0);
    }
    int[] rowToColumn = StableMatching.solve(Minibatch.cost(KEY, source, target), n);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    return new Pairing(rows, rowToColumn);
  }

  /** Stateless: minibatches may be paired on several threads at once. */
  @Override
  public boolean concurrent() {
    return true;
  }
}
