package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.option.OptionBinder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The I-CFM path: x_t = (1−t)x0 + t·x1 + σz and u_t = x1 − x0 exactly (MATH.md §1). */
class LinearInterpolantTest {
  private static final float[] X0 = {1f, -2f, 0.5f, 3f};
  private static final float[] X1 = {-1f, 4f, 2f, 0f};
  private static final float[] Z = {0.3f, -0.7f, 1.1f, 0.2f};
  private static final float[] T = {0.25f, 0.9f};

  @Test
  void pathAndVelocityHaveTheClosedForms() {
    float sigma = 0.4f;
    LinearInterpolant p = new LinearInterpolant(new LinearOptions(sigma));
    List<float[]> v = GraphHarness.values(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, X0, 2, 2),
          GraphHarness.matrix(tf, X1, 2, 2), GraphHarness.matrix(tf, Z, 2, 2), GraphHarness.matrix(tf, T, 2, 1));
      return List.of(path.xt(), path.ut());
    });
    for (int j = 0; j < X0.length; j++) {
      float t = T[j / 2];
      assertEquals((1 - t) * X0[j] + t * X1[j] + sigma * Z[j], v.get(0)[j], 1e-6, "x_t[" + j + "]");
      // γ' = 0 for a constant σ: the noise does not move the target velocity.
      assertEquals(X1[j] - X0[j], v.get(1)[j], 1e-6, "u_t[" + j + "]");
    }
  }

  @Test
  void hasNoiseExactlyWhenSigmaIsPositive() {
    assertFalse(new LinearInterpolant(new LinearOptions(0.0)).hasNoise());
    assertTrue(new LinearInterpolant(new LinearOptions(1e-4)).hasNoise());
  }

  @Test
  void leavesDerivativesToAutodiffAndHasNoMargin() {
    LinearInterpolant p = new LinearInterpolant(new LinearOptions(0.1));
    GraphHarness.values(tf -> {
      var t = GraphHarness.matrix(tf, T, 2, 1);
      assertTrue(p.alphaDot(tf, t).isEmpty());
      assertTrue(p.betaDot(tf, t).isEmpty());
      assertTrue(p.gammaDot(tf, t).isEmpty());
      return List.of(t);
    });
    assertEquals(0.0, p.timeMargin());
    assertFalse(p.requiresGaussianSource());
  }

  @Test
  void optionsDefaultToNoNoise() {
    assertEquals(0.0, OptionBinder.bind("linear", LinearOptions.class, Map.of()).sigma());
    assertEquals(0.25, OptionBinder.bind("linear", LinearOptions.class, Map.of("sigma", "0.25")).sigma());
  }

  @Test
  void optionBinderRejectsNegativeSigma() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("linear", LinearOptions.class, Map.of("sigma", -0.1)));
    assertTrue(e.getMessage().contains("linear") && e.getMessage().contains("sigma"), e.getMessage());
  }

  @Test
  void optionBinderRejectsAMisspeltOption() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("linear", LinearOptions.class, Map.of("sigam", 0.1)));
    assertTrue(e.getMessage().contains("did you mean 'sigma'"), e.getMessage());
  }
}
