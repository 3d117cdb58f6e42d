package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.SamplerContract;

/** The sampler contract for {@code rk4}: fourth order. */
class Rk4SamplerContractTest extends SamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new Rk4Sampler(new Rk4Options(steps));
  }

  @Override
  protected double expectedOrder() {
    return 4;
  }
}
