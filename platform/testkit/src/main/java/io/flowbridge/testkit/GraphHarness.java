package io.flowbridge.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Builds a throwaway TensorFlow graph, runs it once and reads the results back as floats. */
public final class GraphHarness {
  private GraphHarness() {}

  /** A fetched tensor: its values in row-major order and its shape. */
  public record Fetched(float[] values, long[] shape) {}

  /** Builds the operands {@code build} returns on a fresh graph and fetches them all. */
  public static List<Fetched> run(Function<Ops, List<Operand<TFloat32>>> build) {
    try (Graph graph = new Graph(); Session session = new Session(graph)) {
      Ops tf = Ops.create(graph);
      List<Operand<TFloat32>> outputs = build.apply(tf);
      if (outputs.isEmpty()) return List.of();
      Session.Runner runner = session.runner();
      outputs.forEach(runner::fetch);
      List<Fetched> out = new ArrayList<>();
      try (Result result = runner.run()) {
        for (int i = 0; i < outputs.size(); i++) {
          Tensor tensor = result.get(i);
          float[] values = new float[(int) tensor.shape().size()];
          tensor.asRawTensor().data().asFloats().read(values);
          out.add(new Fetched(values, tensor.shape().asArray()));
        }
      }
      return out;
    }
  }

  /** As {@link #run}, the values only (row-major), for tests that know the shapes. */
  public static List<float[]> values(Function<Ops, List<Operand<TFloat32>>> build) {
    return run(build).stream().map(Fetched::values).toList();
  }

  /** A constant of shape {@code [rows, cols]} holding {@code values} row-major. */
  public static Operand<TFloat32> matrix(Ops tf, float[] values, int rows, int cols) {
    return tf.constant(Shape.of(rows, cols), DataBuffers.of(values, true, false));
  }

  /** A constant column {@code [n, 1]}. */
  public static Operand<TFloat32> column(Ops tf, float[] values) {
    return matrix(tf, values, values.length, 1);
  }
}
