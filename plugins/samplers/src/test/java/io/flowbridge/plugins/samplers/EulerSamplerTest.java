package io.flowbridge.plugins.samplers;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Explicit Euler: the step formula, the grid, and its options. */
class EulerSamplerTest {
  @Test
  void oneStepIsStateplusStepTimesVelocityAtTheStartTime() {
    // v(x, t) = t·x + 1 at t = 0.5, h = −0.2: x + h·(0.5·x + 1).
    VectorField field = (tf, x, t) -> tf.math.add(tf.math.mul(t, x), tf.constant(1f));
    float[] x = {2f, -4f};
    float[] next = GraphHarness.values(tf -> List.of(new EulerSampler(new EulerOptions(1)).step(tf, field,
        GraphHarness.matrix(tf, x, 1, 2), tf.constant(0.5f), tf.constant(-0.2f)))).get(0);
    for (int k = 0; k < 2; k++) {
      assertEquals(x[k] - 0.2f * (0.5f * x[k] + 1f), next[k], 1e-6, "coordinate " + k);
    }
  }

  @Test
  void gridIsEvenlySpacedInBothDirections() {
    EulerSampler s = new EulerSampler(new EulerOptions(4));
    assertArrayEquals(new float[] {0f, 0.25f, 0.5f, 0.75f, 1f}, s.grid(0f, 1f), 0f);
    assertArrayEquals(new float[] {1f, 0.75f, 0.5f, 0.25f, 0f}, s.grid(1f, 0f), 0f);
    float[] g = new EulerSampler(new EulerOptions(100)).grid(0f, 1f);
    for (int k = 0; k < 100; k++) assertEquals(0.01, g[k + 1] - g[k], 1e-6, "spacing at " + k);
  }

  @Test
  void linearDecayMatchesTheProductFormula() {
    // dx/dt = −x with n Euler steps of h = 1/n gives exactly x0·(1 − h)^n.
    int n = 10;
    VectorField field = (tf, x, t) -> tf.math.neg(x);
    float[] end = GraphHarness.values(tf -> {
      EulerSampler s = new EulerSampler(new EulerOptions(n));
      float[] grid = s.grid(0f, 1f);
      var x = GraphHarness.matrix(tf, new float[] {1f}, 1, 1);
      for (int k = 0; k < n; k++) {
        x = s.step(tf, field, x, tf.constant(grid[k]), tf.constant(grid[k + 1] - grid[k]));
      }
      return List.of(x);
    }).get(0);
    assertEquals(Math.pow(0.9, n), end[0], 1e-6);
  }

  @Test
  void optionsDefaultToOneHundredSteps() {
    assertEquals(100, OptionBinder.bind("euler", EulerOptions.class, Map.of()).steps());
    assertEquals(100, new EulerSampler(OptionBinder.bind("euler", EulerOptions.class, Map.of()))
        .grid(0f, 1f).length - 1);
    assertEquals(1, new EulerSampler(new EulerOptions(7)).evaluationsPerStep());
  }

  @Test
  void optionBinderRejectsFewerThanOneStepAndFractions() {
    FlowbridgeException zero = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("euler", EulerOptions.class, Map.of("steps", 0)));
    assertTrue(zero.getMessage().contains("euler") && zero.getMessage().contains("steps"), zero.getMessage());
    assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("euler", EulerOptions.class, Map.of("steps", 2.5)));
  }
}
