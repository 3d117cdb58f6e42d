package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The trigonometric stochastic interpolant (MATH.md §1, {@code si-trig}): α = cos(πt/2),
 * β = sin(πt/2) and a chosen noise scale γ(t), by default √(a·t(1−t)). Derivatives are left to
 * automatic differentiation; the time margin is that of the chosen γ.
 */
public final class SiTrigInterpolant implements Interpolant {
  private final Gamma gamma;
  private final float a;

  public SiTrigInterpolant(SiTrigOptions options) {
    this.gamma = options.noise();
    this.a = (float) options.a();
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
    return gamma.build(tf, t, a);
  }

  @Override
  public boolean hasNoise() {
    return !gamma.isZero();
  }

  @Override
  public double timeMargin() {
    return gamma.timeMargin();
  }
}
