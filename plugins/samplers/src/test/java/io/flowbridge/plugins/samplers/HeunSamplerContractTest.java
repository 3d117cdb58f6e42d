package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.SamplerContract;
import java.util.List;

/** The sampler contract for {@code heun}: order 2, on equal steps and explicit grids. */
class HeunSamplerContractTest extends SamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new HeunSampler(new HeunOptions(steps));
  }

  @Override
  protected Sampler samplerOnGrid(List<Double> times) {
    return new HeunSampler(new HeunOptions(1, times));
  }

  @Override
  protected double expectedOrder() {
    return 2;
  }
}
