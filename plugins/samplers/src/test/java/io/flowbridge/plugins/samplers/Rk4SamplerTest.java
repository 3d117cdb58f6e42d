package io.flowbridge.plugins.samplers;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Classical RK4: one step reproduces the degree-4 Taylor polynomial of e^h, and for a field of t
 * alone it is Simpson's rule, exact for cubics but not for quartics.
 */
class Rk4SamplerTest {
  private static float oneStep(VectorField field, float x0, float t, float h) {
    return GraphHarness.values(tf -> List.of(new Rk4Sampler(new Rk4Options(1)).step(tf, field,
        GraphHarness.matrix(tf, new float[] {x0}, 1, 1), tf.constant(t), tf.constant(h)))).get(0)[0];
  }

  @Test
  void oneStepOfExponentialGrowthIsTheFourthOrderTaylorPolynomial() {
    for (float h : new float[] {0.5f, -0.3f}) {
      double taylor = 1 + h + h * h / 2.0 + h * h * h / 6.0 + h * h * h * h / 24.0;
      assertEquals(taylor, oneStep((tf, x, t) -> tf.identity(x), 1f, 0f, h), 1e-6, "h = " + h);
    }
  }

  @Test
  void aFieldOfTimeAloneIsIntegratedBySimpsonsRule() {
    // ∫_0.5^1.5 (3t² + 2t + 1) dt = [t³ + t² + t] = 7.125 − 0.875 = 6.25: exact for a cubic.
    VectorField cubic = (tf, x, t) -> tf.math.add(tf.math.mul(x, tf.constant(0f)),
        tf.math.add(tf.math.add(tf.math.mul(tf.constant(3f), tf.math.mul(t, t)),
            tf.math.mul(tf.constant(2f), t)), tf.constant(1f)));
    assertEquals(6.25, oneStep(cubic, 0f, 0.5f, 1f), 1e-5);
    // Backward over the same interval undoes it.
    assertEquals(-6.25, oneStep(cubic, 0f, 1.5f, -1f), 1e-5);
    // ∫_0^1 5t⁴ dt = 1, but Simpson gives (0 + 4·5/16 + 5)/6 = 25/24: the first term RK4 misses.
    VectorField quartic = (tf, x, t) -> tf.math.add(tf.math.mul(x, tf.constant(0f)),
        tf.math.mul(tf.constant(5f), tf.math.mul(tf.math.mul(t, t), tf.math.mul(t, t))));
    assertEquals(25.0 / 24.0, oneStep(quartic, 0f, 0f, 1f), 1e-6);
  }

  @Test
  void gridAndEvaluationsPerStep() {
    Rk4Sampler s = new Rk4Sampler(new Rk4Options(2));
    assertArrayEquals(new float[] {0.2f, 0.5f, 0.8f}, s.grid(0.2f, 0.8f), 1e-7f);
    assertArrayEquals(new float[] {1f, 0.5f, 0f}, s.grid(1f, 0f), 0f);
    assertEquals(4, s.evaluationsPerStep());
  }

  @Test
  void optionBinderRejectsNonPositiveSteps() {
    assertEquals(100, OptionBinder.bind("rk4", Rk4Options.class, Map.of()).steps());
    assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("rk4", Rk4Options.class, Map.of("steps", -3)));
  }
}
