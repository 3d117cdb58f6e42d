package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The variance-preserving trigonometric path (MATH.md §1, {@code vp}, alias {@code trig}):
 * α = cos(πt/2), β = sin(πt/2), so α² + β² = 1, and constant noise γ = σ. Derivatives are left
 * to automatic differentiation.
 */
public final class VpInterpolant implements Interpolant {
  private final float sigma;

  public VpInterpolant(VpOptions options) {
    this.sigma = (float) options.sigma();
  }

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return Coefficients.cosHalfPi(tf, t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return Coefficients.sinHalfPi(tf, t);
  }

  @Override
  public Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) {
    return Coefficients.constant(tf, t, sigma);
  }

  @Override
  public boolean hasNoise() {
    return sigma > 0;
  }
}
