package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.NoOptions;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The one-sided trigonometric interpolant (MATH.md §1 with γ = 0): x_t = cos(πt/2)·x0 +
 * sin(πt/2)·x1 where the standard Gaussian source sample x0 plays the latent z. Marginals keep
 * unit variance when x1 is whitened (α² + β² = 1). Requires a standard Gaussian source.
 */
public final class OneSidedTrigInterpolant implements Interpolant {
  public OneSidedTrigInterpolant(NoOptions options) {}

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return Coefficients.cosHalfPi(tf, t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return Coefficients.sinHalfPi(tf, t);
  }

  @Override
  public boolean requiresGaussianSource() {
    return true;
  }
}
