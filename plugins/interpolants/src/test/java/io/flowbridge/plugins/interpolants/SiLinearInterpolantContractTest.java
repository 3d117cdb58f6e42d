package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;
import org.junit.jupiter.api.Nested;

/**
 * The interpolant contract for {@code si-linear} at its default γ = √(a·t(1−t)) with a = 1, and,
 * nested, for every other γ choice (which {@code si-trig} and {@code mirror} share).
 */
class SiLinearInterpolantContractTest extends InterpolantContract {
  @Override
  protected Interpolant interpolant() {
    return new SiLinearInterpolant(new SiLinearOptions(1.0, "a-brownian"));
  }

  @Nested
  class ScaledBrownian extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new SiLinearInterpolant(new SiLinearOptions(4.0, "a-brownian"));
    }
  }

  @Nested
  class Brownian extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new SiLinearInterpolant(new SiLinearOptions(1.0, "brownian"));
    }
  }

  @Nested
  class Zero extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new SiLinearInterpolant(new SiLinearOptions(1.0, "zero"));
    }
  }

  @Nested
  class BSquared extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new SiLinearInterpolant(new SiLinearOptions(1.0, "bsquared"));
    }
  }

  @Nested
  class SineSquared extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new SiLinearInterpolant(new SiLinearOptions(1.0, "sine-squared"));
    }
  }
}
