package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code one-sided-linear}. */
class OneSidedLinearInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new OneSidedLinearInterpolant(new NoOptions());
  }
}
