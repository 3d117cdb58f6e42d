package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import java.util.random.RandomGenerator;

/**
 * The independent coupling of MATH.md §3 (I-CFM, FM): pairs stay as drawn, row i of the source
 * with row i of the target. Since both batches are drawn independently this samples p0 ⊗ p1.
 */
public final class IndependentCoupling implements Coupling {
  public IndependentCoupling(NoOptions options) {}

  @Override
  public Pairing pair(Points source, Points target, RandomGenerator random) {
    if (source.count() != target.count()) {
      throw new FlowbridgeException("independent: needs equal source and target batch sizes, got n="
          + source.count() + ", m=" + target.count());
    }
    return Pairing.identity(source.count());
  }

  /** Stateless: minibatches may be paired on several threads at once. */
  @Override
  public boolean concurrent() {
    return true;
  }
}
