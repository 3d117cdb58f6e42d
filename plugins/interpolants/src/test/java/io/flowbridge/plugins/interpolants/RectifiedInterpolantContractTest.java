package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code rectified}. */
class RectifiedInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new RectifiedInterpolant(new NoOptions());
  }
}
