package io.flowbridge.api.interpolant;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A point on an interpolant's path and its conditional velocity (MATH.md §1), both of shape
 * {@code [batch, d]}.
 *
 * @param xt the interpolated state {@code x_t = α(t)·x0 + β(t)·x1 + γ(t)·z}
 * @param ut the conditional velocity target {@code u_t = α'(t)·x0 + β'(t)·x1 + γ'(t)·z}
 */
public record InterpolantPath(Operand<TFloat32> xt, Operand<TFloat32> ut) {

  /**
   * Builds x_t and u_t on the graph, using the interpolant's closed-form derivatives where it
   * supplies them and {@link TimeDerivative} otherwise.
   *
   * @param x0 source samples, {@code [batch, d]}
   * @param x1 target samples, {@code [batch, d]}
   * @param z latent noise, {@code [batch, d]}; required when {@link Interpolant#hasNoise()},
   *     ignored (may be null) otherwise, since γ is then identically zero
   * @param t times, {@code [batch, 1]}
   */
  public static InterpolantPath build(Ops tf, Interpolant p, Operand<TFloat32> x0,
      Operand<TFloat32> x1, Operand<TFloat32> z, Operand<TFloat32> t) {
    if (p.hasNoise() && z == null) {
      throw new IllegalArgumentException(
          "interpolant " + p.getClass().getName() + " has noise (γ ≠ 0) but no z was given");
    }
    Operand<TFloat32> alpha = p.alpha(tf, t);
    Operand<TFloat32> beta = p.beta(tf, t);
    Operand<TFloat32> alphaDot =
        p.alphaDot(tf, t).orElseGet(() -> TimeDerivative.ofBuilt(tf, t, alpha));
    Operand<TFloat32> betaDot =
        p.betaDot(tf, t).orElseGet(() -> TimeDerivative.ofBuilt(tf, t, beta));
    Operand<TFloat32> xt = tf.math.add(tf.math.mul(alpha, x0), tf.math.mul(beta, x1));
    Operand<TFloat32> ut = tf.math.add(tf.math.mul(alphaDot, x0), tf.math.mul(betaDot, x1));
    if (p.hasNoise()) {
      Operand<TFloat32> gamma = p.gamma(tf, t);
      Operand<TFloat32> gammaDot =
          p.gammaDot(tf, t).orElseGet(() -> TimeDerivative.ofBuilt(tf, t, gamma));
      xt = tf.math.add(xt, tf.math.mul(gamma, z));
      ut = tf.math.add(ut, tf.math.mul(gammaDot, z));
    }
    return new InterpolantPath(xt, ut);
  }
}
