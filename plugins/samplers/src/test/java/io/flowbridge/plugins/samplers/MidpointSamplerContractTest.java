package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.SamplerContract;
import java.util.List;

/** The sampler contract for {@code midpoint}: order 2, on equal steps and explicit grids. */
class MidpointSamplerContractTest extends SamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new MidpointSampler(new MidpointOptions(steps));
  }

  @Override
  protected Sampler samplerOnGrid(List<Double> times) {
    return new MidpointSampler(new MidpointOptions(1, times));
  }

  @Override
  protected double expectedOrder() {
    return 2;
  }
}
