package io.flowbridge.plugins.models;

import io.flowbridge.api.model.Network;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Test helper: a graph and session holding one MLP, with its variables initialised on demand. */
final class ModelSession implements AutoCloseable {
  final Graph graph = new Graph();
  final Ops tf = Ops.create(graph);
  final Network net;
  private Session session;

  ModelSession(MlpOptions options, int dim, long seed) {
    this(options, dim, new SplittableRandom(seed));
  }

  ModelSession(MlpOptions options, int dim, RandomGenerator random) {
    net = new MlpModel(options).build(tf, dim, random);
  }

  /** The session, created and initialised at first use (after the graph is complete). */
  Session session() {
    if (session == null) {
      session = new Session(graph);
      session.initialize();
    }
    return session;
  }

  Operand<TFloat32> matrix(float[] values, int rows, int cols) {
    return tf.constant(Shape.of(rows, cols), DataBuffers.of(values, true, false));
  }

  float[] fetch(Operand<?> operand) {
    try (Result r = session().runner().fetch(operand).run()) {
      return values(r.get(0));
    }
  }

  long[] shapeOf(Operand<?> operand) {
    try (Result r = session().runner().fetch(operand).run()) {
      return r.get(0).shape().asArray();
    }
  }

  static float[] values(Tensor tensor) {
    float[] out = new float[(int) tensor.shape().size()];
    tensor.asRawTensor().data().asFloats().read(out);
    return out;
  }

  @Override
  public void close() {
    if (session != null) session.close();
    graph.close();
  }
}
