package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;

/**
 * The interpolant contract for {@code lipman}. Its closed-form α' is checked against autodiff.
 * The path ends at α(1) = σ_min, not 0, by design (a Gaussian of width σ_min around x1); a large
 * σ_min makes that visible at the contract's 1e-6 tolerance.
 */
class LipmanInterpolantContractTest extends InterpolantContract {
  private static final double SIGMA_MIN = 0.05;

  @Override
  protected Interpolant interpolant() {
    return new LipmanInterpolant(new LipmanOptions(SIGMA_MIN));
  }

  @Override
  protected Boundary boundary() {
    return new Boundary(1, 0, SIGMA_MIN, 1);
  }
}
