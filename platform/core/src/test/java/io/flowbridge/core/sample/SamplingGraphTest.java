package io.flowbridge.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Block-unrolled integration gives exactly the explicit Euler recursion: for dx/dt = −x·(1+t),
 * x_{k+1} = x_k (1 − h (1 + t_k)), across full blocks and a shorter tail block, forward and backward.
 */
class SamplingGraphTest {
  /** Explicit Euler with a uniform grid (a test fixture; the real samplers are plugins). */
  record Euler(int steps) implements Sampler {
    public float[] grid(float t0, float t1) {
      float[] g = new float[steps + 1];
      for (int i = 0; i <= steps; i++) g[i] = t0 + (t1 - t0) * i / steps;
      return g;
    }

    public Operand<TFloat32> step(Ops tf, VectorField f, Operand<TFloat32> x, Operand<TFloat32> t, Operand<TFloat32> h) {
      return tf.math.add(x, tf.math.mul(h, f.velocity(tf, x, t)));
    }

    public int evaluationsPerStep() {
      return 1;
    }
  }

  static final VectorField DECAY = (tf, x, t) -> tf.math.neg(tf.math.mul(x, tf.math.add(tf.constant(1f), t)));

  static double reference(double x, int steps, double t0, double t1) {
    for (int k = 0; k < steps; k++) {
      double h = (t1 - t0) / steps;
      double t = t0 + (t1 - t0) * k / steps;
      x = x * (1 - h * (1 + t));
    }
    return x;
  }

  @Test
  void blocksReproduceTheEulerRecursionForwardAndBackward() {
    for (int steps : new int[] {1, 7, SamplingGraph.BLOCK, 2 * SamplingGraph.BLOCK + 13}) {
      for (float[] span : new float[][] {{0f, 1f}, {1f, 0f}}) {
        try (Graph g = new Graph()) {
          Ops tf = Ops.create(g);
          SamplingGraph sg = SamplingGraph.build(tf, new Euler(steps), DECAY, 2, span[0], span[1]);
          assertEquals(steps, sg.nfe());
          try (Session s = new Session(g)) {
            float[] out = sg.integrate(s, new float[] {1f, -2f, 0.5f, 3f}, 2, 2);
            for (int i = 0; i < 4; i++) {
              double x0 = new double[] {1, -2, 0.5, 3}[i];
              assertEquals(reference(x0, steps, span[0], span[1]), out[i], 2e-5 * Math.max(1, Math.abs(out[i])),
                  "steps " + steps + " span " + span[0] + "->" + span[1]);
            }
          }
        }
      }
    }
  }
}
