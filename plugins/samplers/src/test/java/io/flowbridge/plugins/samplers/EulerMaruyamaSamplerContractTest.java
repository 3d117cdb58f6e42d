package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.testkit.SdeSamplerContract;
import java.util.List;

/**
 * The SDE-sampler contract for {@code euler-maruyama}: weak order 1 on an Ornstein–Uhlenbeck
 * process, Gaussian marginals kept by the score term in both directions, and with ε = 0 the
 * fixed-step contract of Euler (order 1).
 */
class EulerMaruyamaSamplerContractTest extends SdeSamplerContract {
  @Override
  protected Sampler sampler(int steps) {
    return new EulerMaruyamaSampler(new EulerMaruyamaOptions(steps, 0, 1));
  }

  @Override
  protected Sampler samplerOnGrid(List<Double> times) {
    return new EulerMaruyamaSampler(new EulerMaruyamaOptions(1, times, 0, "constant", null, 1));
  }

  @Override
  protected Sampler sdeSampler(int steps, double epsilon, long seed) {
    return new EulerMaruyamaSampler(new EulerMaruyamaOptions(steps, epsilon, seed));
  }

  @Override
  protected double expectedOrder() {
    return 1;
  }
}
