package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code one-sided-trig}. */
class OneSidedTrigInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new OneSidedTrigInterpolant(new NoOptions());
  }
}
