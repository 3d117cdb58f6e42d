package io.flowbridge.core.sample;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.model.Network;
import io.flowbridge.api.sampler.ScoreField;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The learned velocity with a learned score (MATH.md §2): the second network is the score s_θ,
 * or a denoiser η_θ with {@code s = −η/γ(t)} (t clipped to [1e-3, 1 − 1e-3], where γ may vanish).
 */
public final class LearnedScoreField implements ScoreField {
  private static final float CLIP = 1e-3f;

  private final FieldOfNetwork velocity;
  private final FieldOfNetwork second;
  private final Interpolant path;
  private final boolean denoiser;

  public LearnedScoreField(Network velocity, Network second, Interpolant path, boolean denoiser) {
    this.velocity = new FieldOfNetwork(velocity);
    this.second = new FieldOfNetwork(second);
    this.path = path;
    this.denoiser = denoiser;
  }

  @Override
  public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    return velocity.velocity(tf, x, t);
  }

  @Override
  public Operand<TFloat32> score(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    if (!denoiser) return second.velocity(tf, x, t);
    Operand<TFloat32> clipped = tf.math.minimum(tf.math.maximum(t, tf.constant(CLIP)), tf.constant(1f - CLIP));
    Operand<TFloat32> gamma = path.gamma(tf, tf.reshape(clipped, tf.constant(new int[] {1, 1})));
    return tf.math.neg(tf.math.div(second.velocity(tf, x, clipped), gamma));
  }
}
