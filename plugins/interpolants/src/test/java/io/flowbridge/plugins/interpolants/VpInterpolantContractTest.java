package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code vp} (alias {@code trig}) with constant noise σ = 0.1. */
class VpInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new VpInterpolant(new VpOptions(0.1));
  }
}
