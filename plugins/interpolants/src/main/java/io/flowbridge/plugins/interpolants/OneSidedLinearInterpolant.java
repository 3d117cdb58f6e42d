package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The one-sided linear interpolant (MATH.md §1 with γ = 0): x_t = (1−t)·x0 + t·x1 where the
 * standard Gaussian source sample x0 itself plays the latent z, so no separate noise is drawn.
 * Requires a standard Gaussian source; then the score follows from the velocity (MATH.md §4).
 */
public final class OneSidedLinearInterpolant implements Interpolant {
  public OneSidedLinearInterpolant(NoOptions options) {}

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return Coefficients.oneMinus(tf, t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return tf.identity(t);
  }

  @Override
  public boolean requiresGaussianSource() {
    return true;
  }
}
