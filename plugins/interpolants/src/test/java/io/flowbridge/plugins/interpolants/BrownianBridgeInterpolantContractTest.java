package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code brownian-bridge}; its closed-form γ' is checked against autodiff. */
class BrownianBridgeInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new BrownianBridgeInterpolant(new BrownianBridgeOptions(0.7));
  }
}
