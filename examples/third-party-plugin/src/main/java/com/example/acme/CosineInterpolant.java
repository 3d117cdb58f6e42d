package com.example.acme;

import io.flowbridge.api.interpolant.Interpolant;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A quarter-circle bridge in the form of Flowbridge's MATH.md §1: α(t) = cos(πt/2),
 * β(t) = sin(πt/2), γ(t) = σ·sin(πt), so the path is exact at both ends. Only the three
 * coefficients are written here; the core derives α′, β′ and γ′ by automatic differentiation.
 */
public final class CosineInterpolant implements Interpolant {
  private static final float HALF_PI = (float) (Math.PI / 2);
  private static final float PI = (float) Math.PI;

  private final float sigma;

  public CosineInterpolant(CosineOptions options) {
    this.sigma = (float) options.sigma();
  }

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return tf.math.cos(tf.math.mul(tf.constant(HALF_PI), t));
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return tf.math.sin(tf.math.mul(tf.constant(HALF_PI), t));
  }

  @Override
  public Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) {
    // sin(πt) = sin(π·min(t, 1−t)) on [0, 1]; the folded argument stays in [0, π/2], where float32
    // sine is never negative (sin of the float nearest π is −8.7e-8, which would make γ(1) < 0).
    return tf.math.mul(tf.constant(sigma),
        tf.math.sin(tf.math.mul(tf.constant(PI), tf.math.minimum(t, tf.math.sub(tf.constant(1f), t)))));
  }

  @Override
  public boolean hasNoise() {
    return sigma > 0;
  }
}
