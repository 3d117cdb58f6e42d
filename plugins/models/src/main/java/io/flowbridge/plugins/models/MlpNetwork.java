package io.flowbridge.plugins.models;

import io.flowbridge.api.model.Network;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.ReduceSum;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** The variables of one {@link MlpModel} and its forward pass; every apply shares them. */
final class MlpNetwork implements Network {
  private final List<Variable<TFloat32>> weights;
  private final List<Variable<TFloat32>> biases;
  private final Activation activation;
  private final int classes;

  MlpNetwork(List<Variable<TFloat32>> weights, List<Variable<TFloat32>> biases, Activation activation, int classes) {
    this.weights = List.copyOf(weights);
    this.biases = List.copyOf(biases);
    this.activation = activation;
    this.classes = classes;
  }

  /**
   * v(x, t) for x {@code [batch, d]} and t {@code [batch, 1]}; a scalar t (as samplers pass it)
   * is broadcast to every row.
   */
  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    if (classes > 0) {
      // Unlabelled use of a conditional network: the "no label" class.
      Operand<org.tensorflow.types.TInt32> none = tf.math.add(
          tf.zerosLike(tf.dtypes.cast(tf.reduceSum(x, tf.constant(1)), org.tensorflow.types.TInt32.class)),
          tf.constant(classes));
      return apply(tf, x, t, none);
    }
    return forward(tf, tf.concat(List.of(x, column(tf, x, t)), tf.constant(1)));
  }

  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t,
      Operand<org.tensorflow.types.TInt32> labels) {
    if (classes == 0) return apply(tf, x, t);
    Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(classes + 1), tf.constant(1f), tf.constant(0f));
    return forward(tf, tf.concat(List.of(x, column(tf, x, t), oneHot), tf.constant(1)));
  }

  private Operand<TFloat32> forward(Ops tf, Operand<TFloat32> input) {
    Operand<TFloat32> h = input;
    int last = weights.size() - 1;
    for (int layer = 0; layer <= last; layer++) {
      h = tf.math.add(tf.linalg.matMul(h, weights.get(layer)), biases.get(layer));
      if (layer < last) h = activation.apply(tf, h);
    }
    return h;
  }

  /** Weights and biases of every layer, input side first: w0, b0, w1, b1, …. */
  @Override
  public List<Variable<TFloat32>> trainableVariables() {
    List<Variable<TFloat32>> out = new ArrayList<>();
    for (int layer = 0; layer < weights.size(); layer++) {
      out.add(weights.get(layer));
      out.add(biases.get(layer));
    }
    return out;
  }

  /** t as a {@code [batch, 1]} column: unchanged unless it is a scalar. */
  private static Operand<TFloat32> column(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    if (t.shape().numDimensions() != 0) return t;
    Operand<TFloat32> zeros =
        tf.zerosLike(tf.reduceSum(x, tf.constant(1), ReduceSum.keepDims(true)));
    return tf.math.add(zeros, t);
  }
}
