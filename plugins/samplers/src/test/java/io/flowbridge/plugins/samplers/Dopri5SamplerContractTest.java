package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.AdaptiveSampler;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.AdaptiveSamplerContract;
import java.util.List;

/**
 * The adaptive-sampler contract for {@code dopri5}: the tolerance is met under the core's
 * controller, and as a fixed-step method it has order 5.
 */
class Dopri5SamplerContractTest extends AdaptiveSamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new Dopri5Sampler(new Dopri5Options(steps));
  }

  @Override
  protected Sampler samplerOnGrid(List<Double> times) {
    return new Dopri5Sampler(new Dopri5Options(1e-5, 1e-5, 10000, 0, 1, times));
  }

  @Override
  protected AdaptiveSampler adaptive(double rtol, double atol) {
    return new Dopri5Sampler(new Dopri5Options(rtol, atol));
  }

  @Override
  protected double expectedOrder() {
    return 5;
  }
}
