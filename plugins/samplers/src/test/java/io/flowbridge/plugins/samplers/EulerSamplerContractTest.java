package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.SamplerContract;
import java.util.List;

/** The sampler contract for {@code euler}: order 1, on equal steps and explicit grids. */
class EulerSamplerContractTest extends SamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new EulerSampler(new EulerOptions(steps));
  }

  @Override
  protected Sampler samplerOnGrid(List<Double> times) {
    return new EulerSampler(new EulerOptions(1, times));
  }

  @Override
  protected double expectedOrder() {
    return 1;
  }
}
