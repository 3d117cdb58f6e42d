package io.flowbridge.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowbridge.core.experiment.OptimizerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** The graph Adam follows the textbook update step by step (Kingma & Ba, with bias correction). */
class AdamTest {
  @Test
  void matchesAReferenceAdamOnAQuadratic() {
    OptimizerSpec spec = new OptimizerSpec("adam", 0.1, 0.9, 0.999, 1e-8);
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Variable<TFloat32> w = tf.withName("w").variable(tf.constant(new float[] {0f, 5f}));
      // loss = sum (w - [3, -1])^2 ; gradient 2 (w - c)
      var loss = tf.reduceSum(tf.math.squaredDifference(w, tf.constant(new float[] {3f, -1f})), tf.constant(0));
      Op step = Adam.minimize(tf, loss, List.of(w), spec);
      double[] ref = {0, 5};
      double[] c = {3, -1};
      double[] m = new double[2];
      double[] v = new double[2];
      try (Session s = new Session(g)) {
        s.initialize();
        for (int k = 1; k <= 25; k++) {
          s.runner().addTarget(step).run().close();
          for (int i = 0; i < 2; i++) {
            double grad = 2 * (ref[i] - c[i]);
            m[i] = 0.9 * m[i] + 0.1 * grad;
            v[i] = 0.999 * v[i] + 0.001 * grad * grad;
            double lr = 0.1 * Math.sqrt(1 - Math.pow(0.999, k)) / (1 - Math.pow(0.9, k));
            ref[i] -= lr * m[i] / (Math.sqrt(v[i]) + 1e-8);
          }
        }
        try (Result r = s.runner().fetch(w).run()) {
          TFloat32 got = (TFloat32) r.get(0);
          assertEquals(ref[0], got.getFloat(0), 1e-4);
          assertEquals(ref[1], got.getFloat(1), 1e-4);
        }
      }
    }
  }
}
