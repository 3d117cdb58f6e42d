package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The optimal-transport conditional path of Lipman et al.'s flow matching (MATH.md §1,
 * {@code lipman}): α = 1 − (1 − σ_min)·t, β = t, γ = 0 from a standard Gaussian source, so
 * u_t = x1 − (1 − σ_min)·x0. The path ends at α(1) = σ_min, a Gaussian of width σ_min around x1,
 * rather than at x1 itself. α' is supplied in closed form; β' is left to autodiff.
 */
public final class LipmanInterpolant implements Interpolant {
  private final float shrink;

  public LipmanInterpolant(LipmanOptions options) {
    this.shrink = (float) (1 - options.sigmaMin());
  }

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return tf.math.sub(tf.constant(1f), tf.math.mul(tf.constant(shrink), t));
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return tf.identity(t);
  }

  @Override
  public Optional<Operand<TFloat32>> alphaDot(Ops tf, Operand<TFloat32> t) {
    return Optional.of(Coefficients.constant(tf, t, -shrink));
  }

  @Override
  public boolean requiresGaussianSource() {
    return true;
  }
}
