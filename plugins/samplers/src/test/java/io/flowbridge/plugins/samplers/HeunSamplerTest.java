package io.flowbridge.plugins.samplers;

import static io.flowbridge.plugins.samplers.MidpointSamplerTest.GROWTH;
import static io.flowbridge.plugins.samplers.MidpointSamplerTest.SQUARE;
import static io.flowbridge.plugins.samplers.MidpointSamplerTest.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Heun's method: one step reproduces the degree-2 Taylor polynomial of e^h, and for a field of t
 * alone it is the trapezoidal rule (which differs from the midpoint rule on t²).
 */
class HeunSamplerTest {
  private final HeunSampler heun = new HeunSampler(new HeunOptions(1));

  @Test
  void oneStepOfExponentialGrowthIsTheSecondOrderTaylorPolynomial() {
    for (float h : new float[] {0.5f, -0.3f}) {
      assertEquals(1 + h + h * h / 2.0, oneStep(heun, GROWTH, 1f, 0f, h), 1e-6, "h = " + h);
    }
  }

  @Test
  void aFieldOfTimeAloneIsIntegratedByTheTrapezoidalRule() {
    // h/2·(3t² + 3(t + h)²): over [0, 1] that is 1.5 (exact 1; the midpoint rule gives 0.75).
    assertEquals(1.5, oneStep(heun, SQUARE, 0f, 0f, 1f), 1e-6);
    assertEquals(-1.5, oneStep(heun, SQUARE, 0f, 1f, -1f), 1e-6);
    // Over [0.5, 1]: (0.5/2)·(0.75 + 3) = 0.9375 (exact 0.875).
    assertEquals(0.9375, oneStep(heun, SQUARE, 0f, 0.5f, 0.5f), 1e-6);
  }

  @Test
  void optionsDefaultsAndRejections() {
    assertEquals(new HeunOptions(100), OptionBinder.bind("heun", HeunOptions.class, Map.of()));
    assertEquals(2, heun.evaluationsPerStep());
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("heun", HeunOptions.class, Map.of("steps", -1)));
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("heun", HeunOptions.class, Map.of("times", "0,1,0.5")));
  }
}
