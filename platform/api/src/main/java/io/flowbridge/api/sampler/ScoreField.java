package io.flowbridge.api.sampler;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A vector field that also knows the score ∇log p_t(x) of the distribution it transports, as
 * SDE samplers need (MATH.md §4): {@code dX = [b + ε(t)·s] dt + √(2ε(t)) dW}. The core provides
 * one from a learned score, or derives it from the velocity for a Gaussian source.
 */
public interface ScoreField extends VectorField {
  /** Builds s(x, t) for states {@code x} ({@code [batch, d]}) at the scalar time {@code t}. */
  Operand<TFloat32> score(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t);
}
