package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;
import org.junit.jupiter.api.Nested;

/** The interpolant contract for {@code si-trig} at its default γ = √(a·t(1−t)), a = 1, and with γ = sin²(πt). */
class SiTrigInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new SiTrigInterpolant(new SiTrigOptions(1.0, "a-brownian"));
  }

  @Nested
  class SineSquared extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new SiTrigInterpolant(new SiTrigOptions(1.0, "sine-squared"));
    }
  }
}
