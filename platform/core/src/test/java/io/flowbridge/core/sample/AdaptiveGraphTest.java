package io.flowbridge.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.sampler.AdaptiveSampler;
import io.flowbridge.api.sampler.EmbeddedStep;
import io.flowbridge.api.sampler.StepControl;
import io.flowbridge.api.sampler.VectorField;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The host step-size controller with a Heun–Euler 2(1) pair on dx/dt = −x(1+t), x(1) = x(0)·e^{−1.5}. */
class AdaptiveGraphTest {
  record HeunEuler(double tol, int maxSteps) implements AdaptiveSampler {
    public EmbeddedStep trial(Ops tf, VectorField f, Operand<TFloat32> x, Operand<TFloat32> t, Operand<TFloat32> h) {
      Operand<TFloat32> k1 = f.velocity(tf, x, t);
      Operand<TFloat32> euler = tf.math.add(x, tf.math.mul(h, k1));
      Operand<TFloat32> k2 = f.velocity(tf, euler, tf.math.add(t, h));
      Operand<TFloat32> heun = tf.math.add(x, tf.math.mul(tf.math.mul(h, tf.constant(0.5f)), tf.math.add(k1, k2)));
      return new EmbeddedStep(heun, tf.math.sub(heun, euler));
    }

    public StepControl control() {
      return new StepControl(tol, tol, maxSteps, 1, 0);
    }

    public float[] grid(float t0, float t1) {
      return new float[] {t0, t1};
    }

    public Operand<TFloat32> step(Ops tf, VectorField f, Operand<TFloat32> x, Operand<TFloat32> t, Operand<TFloat32> h) {
      return trial(tf, f, x, t, h).next();
    }

    public int evaluationsPerStep() {
      return 2;
    }
  }

  static final VectorField DECAY = (tf, x, t) -> tf.math.neg(tf.math.mul(x, tf.math.add(tf.constant(1f), t)));

  Solution solve(HeunEuler sampler, float[] x0, float t0, float t1) {
    try (Graph g = new Graph(); Session s = new Session(g)) {
      return new Integrator(Ops.create(g), s).integrate(sampler, DECAY, new Points(x0, x0.length, 1), t0, t1, true);
    }
  }

  @Test
  void meetsItsToleranceAndTighterToleranceTakesMoreSteps() {
    float[] x0 = {1f, -2f, 0.5f};
    int previous = 0;
    for (double tol : new double[] {1e-2, 1e-3, 1e-4}) {
      Solution s = solve(new HeunEuler(tol, 10_000), x0, 0f, 1f);
      for (int i = 0; i < 3; i++) {
        double exact = x0[i] * Math.exp(-1.5);
        assertEquals(exact, s.end()[i], 20 * tol * Math.max(1, Math.abs(exact)), "tol " + tol);
      }
      assertTrue(s.accepted() > previous, "tol " + tol + " took " + s.accepted() + " steps");
      previous = s.accepted();
      assertEquals(2 * (s.accepted() + s.rejected()), s.nfe());
      assertEquals(s.accepted() + 1, s.times().length);
      assertEquals(1f, s.times()[s.times().length - 1], 1e-6);
    }
  }

  @Test
  void backwardIntegrationReturnsToTheStart() {
    float[] x0 = {1f, -2f};
    Solution forward = solve(new HeunEuler(1e-5, 10_000), x0, 0f, 1f);
    Solution back = solve(new HeunEuler(1e-5, 10_000), forward.end(), 1f, 0f);
    assertEquals(1f, back.end()[0], 1e-3);
    assertEquals(-2f, back.end()[1], 2e-3);
  }

  @Test
  void exceedingMaxStepsIsAnErrorNamingTheLimit() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> solve(new HeunEuler(1e-7, 5), new float[] {1f}, 0f, 1f));
    assertTrue(e.getMessage().contains("maxSteps = 5"), e.getMessage());
  }
}
