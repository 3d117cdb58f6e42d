package io.flowbridge.plugins.models;

import io.flowbridge.api.model.Network;
import io.flowbridge.api.model.VelocityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * A multilayer perceptron v_θ(x, t) on the concatenation [x, t] (the torchcfm-style baseline
 * network): hidden dense layers with one activation, then a linear layer back to dimension d.
 */
public final class MlpModel implements VelocityModel {
  private final List<Integer> hidden;
  private final Activation activation;

  public MlpModel(MlpOptions options) {
    this.hidden = options.hidden();
    this.activation = Activation.of(options.activation());
  }

  /**
   * Creates variables {@code mlp_w0, mlp_b0, …, mlp_wL, mlp_bL} (L = number of hidden layers;
   * TensorFlow appends a suffix if the graph already has them). Weights are drawn from
   * {@code random} on the host in layer order, with the activation's initialisation for hidden
   * layers and Glorot uniform for the linear output layer; biases start at 0.
   */
  @Override
  public Network build(Ops tf, int dim, RandomGenerator random) {
    return build(tf, dim, 0, random);
  }

  /**
   * A class-conditional MLP: the one-hot label over {@code classes + 1} entries (the last one is
   * "no label", for classifier-free guidance) is concatenated to [x, t].
   */
  @Override
  public Network build(Ops tf, int dim, int classes, RandomGenerator random) {
    List<Variable<TFloat32>> weights = new ArrayList<>();
    List<Variable<TFloat32>> biases = new ArrayList<>();
    int fanIn = dim + 1 + (classes > 0 ? classes + 1 : 0);
    for (int layer = 0; layer <= hidden.size(); layer++) {
      boolean output = layer == hidden.size();
      int fanOut = output ? dim : hidden.get(layer);
      float[] w = new float[fanIn * fanOut];
      for (int i = 0; i < w.length; i++) {
        w[i] = output
            ? Activation.glorotUniform(random, fanIn, fanOut)
            : activation.initialWeight(random, fanIn, fanOut);
      }
      weights.add(tf.withName("mlp_w" + layer)
          .variable(tf.constant(Shape.of(fanIn, fanOut), DataBuffers.of(w, true, false))));
      biases.add(tf.withName("mlp_b" + layer)
          .variable(tf.constant(Shape.of(fanOut), DataBuffers.of(new float[fanOut], true, false))));
      fanIn = fanOut;
    }
    return new MlpNetwork(weights, biases, activation, classes);
  }
}
