package io.flowbridge.core.bridge;

import io.flowbridge.api.interpolant.Interpolant;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A bridge written in a script as three functions of t (MATH.md §1): behaves like a plugin
 * interpolant, with derivatives by autodiff, and is checked by {@link PathCheck} before training.
 */
public final class InlineInterpolant implements Interpolant {
  private final InlineOptions options;

  public InlineInterpolant(InlineOptions options) {
    this.options = options;
  }

  @Override
  public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
    return options.alpha().apply(tf, t);
  }

  @Override
  public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
    return options.beta().apply(tf, t);
  }

  @Override
  public Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) {
    return options.gamma() == null ? tf.zerosLike(t) : options.gamma().apply(tf, t);
  }

  @Override
  public boolean hasNoise() {
    return options.gamma() != null;
  }

  @Override
  public double timeMargin() {
    return options.timeMargin();
  }

  @Override
  public boolean requiresGaussianSource() {
    return options.gaussianSource();
  }
}
