package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The linear stochastic interpolant (MATH.md §1, {@code si-linear}): α = 1−t, β = t and a chosen
 * noise scale γ(t), by default √(a·t(1−t)). Derivatives are left to automatic differentiation;
 * the time margin is that of the chosen γ.
 */
public final class SiLinearInterpolant implements Interpolant {
  private final Gamma gamma;
  private final float a;

  public SiLinearInterpolant(SiLinearOptions options) {
    this.gamma = options.noise();
    this.a = (float) options.a();
  }

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return Coefficients.oneMinus(tf, t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return tf.identity(t);
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
