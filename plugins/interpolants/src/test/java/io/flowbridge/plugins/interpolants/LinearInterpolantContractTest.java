package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code linear} with noise (σ = 0.1, the OT-CFM setting). */
class LinearInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new LinearInterpolant(new LinearOptions(0.1));
  }
}
