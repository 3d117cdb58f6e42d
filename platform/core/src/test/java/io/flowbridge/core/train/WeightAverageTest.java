package io.flowbridge.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The weight average against its closed form: with iterates w_k after step k, the installed
 * weights are (1 − d) Σ_k d^(K−k) w_k / (1 − d^K), a weighted mean of the iterates.
 */
class WeightAverageTest {
  /** Installed weights after K steps that each add {@code increment} to w (w_0 = start). */
  static float[] averageAfter(int steps, double decay, float[] start, float[] increment) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Variable<TFloat32> w = tf.withName("w").variable(tf.constant(start));
      Op step = tf.assignAdd(w, tf.constant(increment));
      WeightAverage average = WeightAverage.over(tf, List.of(w), decay, step);
      try (Session s = new Session(g)) {
        s.initialize();
        for (int k = 0; k < steps; k++) s.runner().addTarget(average.step).run();
        s.runner().addTarget(average.install).run();
        try (Result r = s.runner().fetch(w).run()) {
          TFloat32 out = (TFloat32) r.get(0);
          float[] values = new float[start.length];
          for (int i = 0; i < values.length; i++) values[i] = out.getFloat(i);
          return values;
        }
      }
    }
  }

  static double closedForm(int steps, double decay, double start, double increment) {
    double sum = 0;
    for (int k = 1; k <= steps; k++) sum += (1 - decay) * Math.pow(decay, steps - k) * (start + k * increment);
    return sum / (1 - Math.pow(decay, steps));
  }

  @Test
  void installsTheBiasCorrectedAverageOfTheIterates() {
    float[] start = {0.5f, -2f, 3f};
    float[] increment = {1f, 0.25f, -0.5f};
    for (double decay : new double[] {0.5, 0.9, 0.99}) {
      int steps = 40;
      float[] got = averageAfter(steps, decay, start, increment);
      for (int i = 0; i < start.length; i++) {
        double want = closedForm(steps, decay, start[i], increment[i]);
        assertEquals(want, got[i], 1e-4 * Math.max(1, Math.abs(want)), "decay " + decay + ", weight " + i);
      }
    }
  }

  @Test
  void oneStepInstallsTheIterateItself() {
    float[] got = averageAfter(1, 0.999, new float[] {1f, 2f}, new float[] {3f, -1f});
    assertEquals(4f, got[0], 1e-3f);
    assertEquals(1f, got[1], 1e-3f);
  }

  @Test
  void averageLagsALinearDriftByTheKnownAmount() {
    // For w_k = k and many steps, the average trails the last iterate by d/(1 − d) steps.
    double decay = 0.9;
    float[] got = averageAfter(400, decay, new float[] {0f}, new float[] {1f});
    assertEquals(400 - decay / (1 - decay), got[0], 1e-2);
  }
}
