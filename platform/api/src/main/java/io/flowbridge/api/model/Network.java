package io.flowbridge.api.model;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** A network built on a graph: its variables, and a function applying it to new inputs. */
public interface Network {
  /**
   * Applies the network to states {@code x} ({@code [batch, d]}) at times {@code t}
   * ({@code [batch, 1]}); returns the velocity, {@code [batch, d]}. May be called many times
   * (training, every sampling step); all calls share the same variables.
   */
  Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t);

  /**
   * Applies a class-conditional network to labels {@code labels} ({@code [batch]} int32, values in
   * [0, classes], where {@code classes} is the "no label" class of classifier-free guidance).
   * Networks built without classes ignore the labels.
   */
  default Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t,
      Operand<org.tensorflow.types.TInt32> labels) {
    return apply(tf, x, t);
  }

  /** The variables the optimizer trains, listed explicitly. */
  List<Variable<TFloat32>> trainableVariables();
}
