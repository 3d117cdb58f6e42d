package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;

/**
 * The encoding–decoding stochastic interpolant (MATH.md §1, {@code si-encdec}):
 * α = cos²(πt)·1[t < ½], β = cos²(πt)·1[t ≥ ½], γ = sin²(πt). The path first dissolves x0 into
 * pure noise at t = ½ (α = β = 0, γ = 1) and then condenses the noise into x1. Both pieces vanish
 * with zero slope at ½, so α, β and x_t are continuously differentiable there. Derivatives are
 * left to automatic differentiation, which passes through {@code Select} to the active branch.
 */
public final class SiEncDecInterpolant implements Interpolant {
  public SiEncDecInterpolant(NoOptions options) {}

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return tf.select(firstHalf(tf, t), cosSquared(tf, t), tf.zerosLike(t));
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return tf.select(firstHalf(tf, t), tf.zerosLike(t), cosSquared(tf, t));
  }

  @Override
  public Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) {
    return tf.math.square(tf.math.sin(tf.math.mul(tf.constant((float) Math.PI), t)));
  }

  @Override
  public boolean hasNoise() {
    return true;
  }

  private static Operand<TBool> firstHalf(Ops tf, Operand<TFloat32> t) {
    return tf.math.less(t, tf.constant(0.5f));
  }

  private static Operand<TFloat32> cosSquared(Ops tf, Operand<TFloat32> t) {
    return tf.math.square(tf.math.cos(tf.math.mul(tf.constant((float) Math.PI), t)));
  }
}
