package io.flowbridge.api.option;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A user function of time built as TensorFlow ops, passed as a plugin option (e.g. a noise
 * schedule ε(t) written as a lambda in a script). Must return the shape of {@code t}.
 */
@FunctionalInterface
public interface TimeFunction {
  Operand<TFloat32> apply(Ops tf, Operand<TFloat32> t);
}
