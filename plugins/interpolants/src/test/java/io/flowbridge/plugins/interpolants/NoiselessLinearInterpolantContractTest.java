package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code linear} at its default σ = 0 (no noise). */
class NoiselessLinearInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new LinearInterpolant(new LinearOptions(0.0));
  }
}
