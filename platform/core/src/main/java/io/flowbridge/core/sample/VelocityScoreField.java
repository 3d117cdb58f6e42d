package io.flowbridge.core.sample;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.interpolant.TimeDerivative;
import io.flowbridge.api.model.Network;
import io.flowbridge.api.sampler.ScoreField;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The learned velocity with the score it implies for a standard Gaussian source (MATH.md §4):
 * with b the velocity, {@code E[x0|x] = (β'·x − β·b)/(α·β' − α'·β)} and {@code s = −E[x0|x]/α}.
 * Exact for paths with γ = 0; an approximation for small γ. Time is clipped to
 * {@code [0, 1 − 1e-3]} in the score, where α vanishes.
 */
public final class VelocityScoreField implements ScoreField {
  private static final float T_MAX = 1f - 1e-3f;

  private final FieldOfNetwork velocity;
  private final Interpolant path;

  public VelocityScoreField(Network network, Interpolant path) {
    this.velocity = new FieldOfNetwork(network);
    this.path = path;
  }

  @Override
  public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    return velocity.velocity(tf, x, t);
  }

  @Override
  public Operand<TFloat32> score(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    Operand<TFloat32> clipped = tf.math.minimum(t, tf.constant(T_MAX));
    Operand<TFloat32> tt = tf.reshape(clipped, tf.constant(new int[] {1, 1}));
    Operand<TFloat32> a = path.alpha(tf, tt);
    Operand<TFloat32> b = path.beta(tf, tt);
    Operand<TFloat32> da = path.alphaDot(tf, tt).orElseGet(() -> TimeDerivative.ofBuilt(tf, tt, a));
    Operand<TFloat32> db = path.betaDot(tf, tt).orElseGet(() -> TimeDerivative.ofBuilt(tf, tt, b));
    Operand<TFloat32> v = velocity.velocity(tf, x, clipped);
    Operand<TFloat32> denominator = tf.math.sub(tf.math.mul(a, db), tf.math.mul(da, b));
    Operand<TFloat32> x0 = tf.math.div(tf.math.sub(tf.math.mul(db, x), tf.math.mul(b, v)), denominator);
    return tf.math.neg(tf.math.div(x0, a));
  }
}
