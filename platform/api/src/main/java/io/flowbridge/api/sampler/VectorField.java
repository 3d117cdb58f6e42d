package io.flowbridge.api.sampler;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** A time-dependent vector field v(x, t), built as TensorFlow ops (usually the trained network). */
@FunctionalInterface
public interface VectorField {
  /**
   * Builds v(x, t) for states {@code x} of shape {@code [batch, d]} at the scalar time {@code t};
   * returns {@code [batch, d]}.
   */
  Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t);
}
