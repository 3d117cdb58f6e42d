package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;
import org.junit.jupiter.api.Nested;

/**
 * The interpolant contract for {@code mirror} at its defaults (γ = √(a·t(1−t)), a = 1) and with
 * γ = t(1−t). The mirror path runs from the data to itself, α ≡ 0 and β ≡ 1, so it declares
 * that boundary instead of MATH.md §1's source-to-target one; every other check applies as is.
 */
class MirrorInterpolantContractTest extends InterpolantContract {
  static final Boundary DATA_TO_ITSELF = new Boundary(0, 1, 0, 1);

  @Override
  protected Interpolant interpolant() {
    return new MirrorInterpolant(new MirrorOptions(1.0, "a-brownian"));
  }

  @Override
  protected Boundary boundary() {
    return DATA_TO_ITSELF;
  }

  @Nested
  class BSquared extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new MirrorInterpolant(new MirrorOptions(1.0, "bsquared"));
    }

    @Override
    protected Boundary boundary() {
      return DATA_TO_ITSELF;
    }
  }
}
