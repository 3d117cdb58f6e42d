package com.example.acme;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.testkit.InterpolantContract;
import org.junit.jupiter.api.Nested;

/** Flowbridge's interpolant contract for {@code acme-cosine}, with the default noise and without noise. */
class CosineInterpolantContractTest {
  @Nested
  class DefaultSigma extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new CosineInterpolant(new CosineOptions(0.05));
    }
  }

  @Nested
  class LargeSigma extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new CosineInterpolant(new CosineOptions(1.0));
    }
  }

  @Nested
  class Noiseless extends InterpolantContract {
    @Override
    protected Interpolant interpolant() {
      return new CosineInterpolant(new CosineOptions(0));
    }
  }
}
