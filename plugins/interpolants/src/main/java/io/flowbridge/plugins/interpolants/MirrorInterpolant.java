package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.interpolant.Interpolant;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The mirror interpolant, from the data to itself: x_t = x1 + γ(t)·z, formally α ≡ 0 and β ≡ 1
 * in MATH.md §1, with γ(0) = γ(1) = 0, so u_t = γ'(t)·z. It deliberately breaks the boundary
 * conditions α(0) = 1, β(0) = 0: the source sample is ignored, and x_t starts and ends at the
 * same data point. Its use is learning the denoiser η ≈ z, hence the score −η/γ, of the data
 * smoothed at every noise level (MATH.md §2), not transport from a source. γ is a chosen scale
 * that is not identically zero; derivatives are left to automatic differentiation.
 */
public final class MirrorInterpolant implements Interpolant {
  private final Gamma gamma;
  private final float a;

  public MirrorInterpolant(MirrorOptions options) {
    this.gamma = options.noise();
    this.a = (float) options.a();
  }

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return tf.zerosLike(t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return Coefficients.constant(tf, t, 1f);
  }

  @Override
  public Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) {
    return gamma.build(tf, t, a);
  }

  @Override
  public boolean hasNoise() {
    return true;
  }

  @Override
  public double timeMargin() {
    return gamma.timeMargin();
  }
}
