package io.flowbridge.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.model.Network;
import io.flowbridge.core.experiment.OptimizerSpec;
import io.flowbridge.core.experiment.TimeSampling;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** The training times each time-sampling option draws, by their moments. */
class TimeSamplingTest {
  static final Interpolant LINE = new Interpolant() {
    public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) {
      return tf.math.sub(tf.constant(1f), t);
    }

    public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) {
      return tf.identity(t);
    }
  };

  static float[] draw(TimeSampling time) {
    int batch = 4000;
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Variable<TFloat32> w = tf.withName("w").variable(tf.zeros(tf.constant(new long[] {1, 1}), TFloat32.class));
      Network net = new Network() {
        public Operand<TFloat32> apply(Ops o, Operand<TFloat32> x, Operand<TFloat32> t) {
          return o.math.add(x, o.linalg.matMul(t, w));
        }

        public List<Variable<TFloat32>> trainableVariables() {
          return List.of(w);
        }
      };
      TrainingGraph tg = TrainingGraph.build(tf, LINE, net, batch, 1, OptimizerSpec.adam(1e-3), time, 42);
      try (Session s = new Session(g)) {
        s.initialize();
        float[] out = new float[batch];
        try (TFloat32 zeros = TFloat32.tensorOf(Shape.of(batch, 1));
            Result r = s.runner().feed(tg.x0, zeros).feed(tg.x1, zeros).fetch(tg.time).run()) {
          ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(out);
        }
        return out;
      }
    }
  }

  @Test
  void uniformHasMeanHalfAndVarianceOneTwelfth() {
    float[] t = draw(TimeSampling.uniform());
    double mean = 0, sq = 0;
    for (float v : t) mean += v / t.length;
    for (float v : t) sq += (v - mean) * (v - mean) / t.length;
    assertEquals(0.5, mean, 4 * Math.sqrt(1 / 12.0 / t.length));
    assertEquals(1 / 12.0, sq, 0.005);
  }

  @Test
  void clippedStaysInsideItsMargin() {
    float[] t = draw(new TimeSampling("clipped", 0.1, 0, 1));
    for (float v : t) assertTrue(v >= 0.1f - 1e-6 && v <= 0.9f + 1e-6, "t = " + v);
  }

  @Test
  void logitNormalHasNormalLogits() {
    float[] t = draw(new TimeSampling("logit-normal", 0, 0.5, 0.8));
    double mean = 0, sq = 0;
    for (float v : t) mean += Math.log(v / (1 - v)) / t.length;
    for (float v : t) sq += Math.pow(Math.log(v / (1 - v)) - mean, 2) / t.length;
    assertEquals(0.5, mean, 4 * 0.8 / Math.sqrt(t.length));
    assertEquals(0.8, Math.sqrt(sq), 0.05);
  }
}
