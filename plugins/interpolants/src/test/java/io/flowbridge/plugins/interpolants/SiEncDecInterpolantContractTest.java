package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.testkit.InterpolantContract;

/** The interpolant contract for {@code si-encdec}, whose α and β switch formula at t = ½ through {@code Select}. */
class SiEncDecInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new SiEncDecInterpolant(new NoOptions());
  }
}
