package io.flowbridge.api.interpolant;

import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A path between a source sample x0 and a target sample x1 (MATH.md §1):
 * {@code x_t = α(t)·x0 + β(t)·x1 + γ(t)·z}, {@code u_t = α'(t)·x0 + β'(t)·x1 + γ'(t)·z}.
 *
 * <p>Each coefficient is built as TensorFlow ops of a time tensor {@code t} of shape
 * {@code [batch, 1]} and returns the same shape. The core derives α', β', γ' by automatic
 * differentiation unless the plugin supplies closed forms, which must agree (a contract test
 * checks it). Boundary conditions: α(0)=1, α(1)=0, β(0)=0, β(1)=1, γ ≥ 0.
 */
public interface Interpolant {
  /** Weight of the source sample, α(t). */
  Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t);

  /** Weight of the target sample, β(t). */
  Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t);

  /** Scale of the latent noise z, γ(t) ≥ 0; zero by default (a deterministic path). */
  default Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) {
    return tf.zerosLike(t);
  }

  /** Whether γ is not identically zero, so the core must draw z. */
  default boolean hasNoise() {
    return false;
  }

  /** Closed-form α'(t), if the plugin has one; empty means automatic differentiation. */
  default Optional<Operand<TFloat32>> alphaDot(Ops tf, Operand<TFloat32> t) {
    return Optional.empty();
  }

  /** Closed-form β'(t), if the plugin has one; empty means automatic differentiation. */
  default Optional<Operand<TFloat32>> betaDot(Ops tf, Operand<TFloat32> t) {
    return Optional.empty();
  }

  /** Closed-form γ'(t), if the plugin has one; empty means automatic differentiation. */
  default Optional<Operand<TFloat32>> gammaDot(Ops tf, Operand<TFloat32> t) {
    return Optional.empty();
  }

  /**
   * Training times are drawn from {@code [ε, 1−ε]} with this ε; non-zero for paths whose γ' is
   * unbounded at the ends (MATH.md §1).
   */
  default double timeMargin() {
    return 0.0;
  }

  /** Whether the path is only valid from a standard Gaussian source (e.g. Lipman's FM path). */
  default boolean requiresGaussianSource() {
    return false;
  }
}
