package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The Brownian bridge of Schrödinger-bridge CFM (MATH.md §1, {@code brownian-bridge}): α = 1−t,
 * β = t, γ = σ·√(t(1−t)). γ' = σ(1−2t)/(2√(t(1−t))) is supplied in closed form; it is unbounded
 * at the ends, so training times keep a margin of 1e-5.
 */
public final class BrownianBridgeInterpolant implements Interpolant {
  private final float sigma;

  public BrownianBridgeInterpolant(BrownianBridgeOptions options) {
    this.sigma = (float) options.sigma();
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
    return tf.math.mul(tf.constant(sigma), tf.math.sqrt(Coefficients.bridge(tf, t)));
  }

  @Override
  public Optional<Operand<TFloat32>> gammaDot(Ops tf, Operand<TFloat32> t) {
    Operand<TFloat32> slope = tf.math.sub(tf.constant(1f), tf.math.mul(tf.constant(2f), t));
    Operand<TFloat32> twiceRoot = tf.math.mul(tf.constant(2f), tf.math.sqrt(Coefficients.bridge(tf, t)));
    return Optional.of(tf.math.mul(tf.constant(sigma), tf.math.div(slope, twiceRoot)));
  }

  @Override
  public boolean hasNoise() {
    return sigma > 0;
  }

  @Override
  public double timeMargin() {
    return 1e-5;
  }
}
