package io.flowbridge.plugins.samplers;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explicit midpoint method: one step reproduces the degree-2 Taylor polynomial of e^h, and
 * for a field of t alone it is the midpoint quadrature rule.
 */
class MidpointSamplerTest {
  static float oneStep(Sampler s, VectorField field, float x0, float t, float h) {
    return GraphHarness.values(tf -> List.of(s.step(tf, field, GraphHarness.matrix(tf, new float[] {x0}, 1, 1),
        tf.constant(t), tf.constant(h)))).get(0)[0];
  }

  static final VectorField GROWTH = (tf, x, t) -> tf.identity(x);
  /** v = 3t², independent of x: one step is a quadrature of ∫ 3t² dt. */
  static final VectorField SQUARE = (tf, x, t) -> tf.math.add(tf.math.mul(x, tf.constant(0f)),
      tf.math.mul(tf.constant(3f), tf.math.mul(t, t)));

  private final MidpointSampler midpoint = new MidpointSampler(new MidpointOptions(1));

  @Test
  void oneStepOfExponentialGrowthIsTheSecondOrderTaylorPolynomial() {
    for (float h : new float[] {0.5f, -0.3f}) {
      assertEquals(1 + h + h * h / 2.0, oneStep(midpoint, GROWTH, 1f, 0f, h), 1e-6, "h = " + h);
    }
  }

  @Test
  void aFieldOfTimeAloneIsIntegratedByTheMidpointRule() {
    // h·3·(t + h/2)²: over [0, 1] that is 0.75 (exact 1); over [1, 0] backward −0.75.
    assertEquals(0.75, oneStep(midpoint, SQUARE, 0f, 0f, 1f), 1e-6);
    assertEquals(-0.75, oneStep(midpoint, SQUARE, 0f, 1f, -1f), 1e-6);
    // Exact for linear fields of t: ∫_0.5^1.5 2t dt = 2.
    VectorField linear = (tf, x, t) -> tf.math.add(tf.math.mul(x, tf.constant(0f)), tf.math.mul(tf.constant(2f), t));
    assertEquals(2.0, oneStep(midpoint, linear, 0f, 0.5f, 1f), 1e-6);
  }

  @Test
  void optionsDefaultsAndRejections() {
    assertEquals(new MidpointOptions(100), OptionBinder.bind("midpoint", MidpointOptions.class, Map.of()));
    assertEquals(2, midpoint.evaluationsPerStep());
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("midpoint", MidpointOptions.class, Map.of("steps", 0)));
    assertEquals(4, new MidpointSampler(OptionBinder.bind("midpoint", MidpointOptions.class,
        Map.of("steps", 50, "times", "0,0.1,0.3,0.6,1"))).grid(0f, 1f).length - 1, "times override steps");
  }
}
