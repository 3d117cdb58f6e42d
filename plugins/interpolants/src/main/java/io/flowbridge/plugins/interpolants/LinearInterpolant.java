package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The straight path with constant noise of I-CFM (MATH.md §1, {@code linear}): α = 1−t, β = t,
 * γ = σ. Derivatives are left to automatic differentiation.
 */
public final class LinearInterpolant implements Interpolant {
  private final float sigma;

  public LinearInterpolant(LinearOptions options) {
    this.sigma = (float) options.sigma();
  }

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    // 1 − t by broadcasting: onesLike has no graph gradient in TensorFlow's C++ registry.
    return tf.math.sub(tf.constant(1f), t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return tf.identity(t);
  }

  @Override
  public Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) {
    // σ in the shape of t, as the interface asks.
    return tf.fill(tf.shape(t), tf.constant(sigma));
  }

  @Override
  public boolean hasNoise() {
    return sigma > 0;
  }
}
