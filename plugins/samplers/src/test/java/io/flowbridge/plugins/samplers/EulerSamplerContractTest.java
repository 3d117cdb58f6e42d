package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.SamplerContract;

/** The sampler contract for {@code euler}: first order. */
class EulerSamplerContractTest extends SamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new EulerSampler(new EulerOptions(steps));
  }

  @Override
  protected double expectedOrder() {
    return 1;
  }
}
