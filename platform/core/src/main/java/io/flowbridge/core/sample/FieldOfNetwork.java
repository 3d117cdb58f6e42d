package io.flowbridge.core.sample;

import io.flowbridge.api.model.Network;
import io.flowbridge.api.sampler.VectorField;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The learned vector field: the network evaluated at a scalar time broadcast to {@code [batch, 1]}. */
public record FieldOfNetwork(Network network) implements VectorField {
  @Override
  public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    Operand<TFloat32> firstColumn = tf.slice(x, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, 1}));
    Operand<TFloat32> times = tf.math.add(tf.zerosLike(firstColumn), t);
    return network.apply(tf, x, times);
  }
}
