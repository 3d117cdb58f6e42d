package io.flowbridge.plugins.samplers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Test helper: builds a graph, runs it once, returns the fetched values as float arrays. */
final class Graphs {
  private Graphs() {}

  static List<float[]> run(Function<Ops, List<Operand<TFloat32>>> build) {
    try (Graph graph = new Graph(); Session session = new Session(graph)) {
      List<Operand<TFloat32>> outputs = build.apply(Ops.create(graph));
      Session.Runner runner = session.runner();
      outputs.forEach(runner::fetch);
      List<float[]> out = new ArrayList<>();
      try (Result result = runner.run()) {
        for (int i = 0; i < outputs.size(); i++) {
          float[] values = new float[(int) result.get(i).shape().size()];
          result.get(i).asRawTensor().data().asFloats().read(values);
          out.add(values);
        }
      }
      return out;
    }
  }

  static Operand<TFloat32> matrix(Ops tf, float[] values, int rows, int cols) {
    return tf.constant(Shape.of(rows, cols), DataBuffers.of(values, true, false));
  }
}
