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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lipman's OT path: x_t = (1−(1−σ_min)t)·x0 + t·x1 and u_t = x1 − (1−σ_min)·x0 (MATH.md §1). */
class LipmanInterpolantTest {
  private static final float[] T = {0f, 0.2f, 0.5f, 0.9f, 1f};
  private static final int D = 2;

  @ParameterizedTest(name = "sigmaMin = {0}")
  @ValueSource(doubles = {0.0, 1e-4, 0.1, 0.5})
  void pathAndVelocityHaveTheClosedForms(double sigmaMin) {
    LipmanInterpolant p = new LipmanInterpolant(new LipmanOptions(sigmaMin));
    int n = T.length;
    SplittableRandom random = new SplittableRandom(3);
    float[] x0 = BrownianBridgeInterpolantTest.normal(random, n * D);
    float[] x1 = BrownianBridgeInterpolantTest.normal(random, n * D);
    List<float[]> v = GraphHarness.values(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, x0, n, D),
          GraphHarness.matrix(tf, x1, n, D), null, GraphHarness.matrix(tf, T, n, 1));
      return List.of(path.xt(), path.ut());
    });
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < D; k++) {
        int j = i * D + k;
        double xt = (1 - (1 - sigmaMin) * T[i]) * x0[j] + T[i] * x1[j];
        assertEquals(xt, v.get(0)[j], 1e-6 * (1 + Math.abs(xt)), "x_t at t = " + T[i]);
        double ut = x1[j] - (1 - sigmaMin) * x0[j];
        assertEquals(ut, v.get(1)[j], 1e-6 * (1 + Math.abs(ut)), "u_t at t = " + T[i]);
      }
    }
  }

  @Test
  void needsAGaussianSourceAndDrawsNoNoise() {
    LipmanInterpolant p = new LipmanInterpolant(new LipmanOptions(1e-4));
    assertTrue(p.requiresGaussianSource());
    assertFalse(p.hasNoise());
    assertEquals(0.0, p.timeMargin());
  }

  @Test
  void sigmaMinDefaultsTo1e4() {
    assertEquals(1e-4, OptionBinder.bind("lipman", LipmanOptions.class, Map.of()).sigmaMin());
  }

  @ParameterizedTest(name = "sigmaMin = {0}")
  @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN})
  void sigmaMinOutsideZeroToOneIsRejected(double sigmaMin) {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("lipman", LipmanOptions.class, Map.of("sigmaMin", sigmaMin)));
    assertTrue(e.getMessage().contains("lipman") && e.getMessage().contains("sigmaMin"), e.getMessage());
    // Direct construction, which bypasses the binder's range check, is rejected too.
    assertThrows(FlowbridgeException.class, () -> new LipmanOptions(sigmaMin));
  }
}
