package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.SamplerContract;
import java.util.List;

/** The sampler contract for {@code rk4}: order 4, on equal steps and explicit grids. */
class Rk4SamplerContractTest extends SamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new Rk4Sampler(new Rk4Options(steps));
  }

  @Override
  protected Sampler samplerOnGrid(List<Double> times) {
    return new Rk4Sampler(new Rk4Options(1, times));
  }

  @Override
  protected double expectedOrder() {
    return 4;
  }
}
