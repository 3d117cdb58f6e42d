package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The noiseless straight path of rectified flow (MATH.md §1, {@code rectified}): α = 1−t, β = t,
 * γ = 0, so u_t = x1 − x0. Derivatives are left to automatic differentiation.
 */
public final class RectifiedInterpolant implements Interpolant {
  public RectifiedInterpolant(NoOptions options) {}

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    // 1 − t by broadcasting: onesLike has no graph gradient in TensorFlow's C++ registry.
    return tf.math.sub(tf.constant(1f), t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return tf.identity(t);
  }
}
