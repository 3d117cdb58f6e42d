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

/** The variance-preserving path: α² + β² = 1 and u_t = (π/2)(−sin(πt/2)·x0 + cos(πt/2)·x1) (MATH.md §1). */
class VpInterpolantTest {
  @Test
  void alphaSquaredPlusBetaSquaredIsOne() {
    VpInterpolant p = new VpInterpolant(new VpOptions(0.0));
    float[] t = new float[101];
    for (int i = 0; i < t.length; i++) t[i] = i / 100f;
    List<float[]> v = GraphHarness.values(tf -> {
      var times = GraphHarness.matrix(tf, t, t.length, 1);
      return List.of(p.alpha(tf, times), p.beta(tf, times));
    });
    for (int i = 0; i < t.length; i++) {
      double a = v.get(0)[i];
      double b = v.get(1)[i];
      assertEquals(1.0, a * a + b * b, 1e-6, "α² + β² at t = " + t[i]);
      assertTrue(a >= -1e-7 && b >= 0, "α, β ≥ 0 on [0, 1] at t = " + t[i]);
    }
  }

  @Test
  void velocityHasTheClosedFormAndConstantNoiseDoesNotMoveIt() {
    float sigma = 0.3f;
    VpInterpolant p = new VpInterpolant(new VpOptions(sigma));
    float[] x0 = {1f, -2f, 0.5f, 3f};
    float[] x1 = {-1f, 4f, 2f, 0f};
    float[] z = {0.3f, -0.7f, 1.1f, 0.2f};
    float[] t = {0.25f, 0.9f};
    List<float[]> v = GraphHarness.values(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, x0, 2, 2),
          GraphHarness.matrix(tf, x1, 2, 2), GraphHarness.matrix(tf, z, 2, 2), GraphHarness.matrix(tf, t, 2, 1));
      return List.of(path.xt(), path.ut());
    });
    for (int j = 0; j < x0.length; j++) {
      double s = Math.PI / 2 * t[j / 2];
      double xt = Math.cos(s) * x0[j] + Math.sin(s) * x1[j] + sigma * z[j];
      double ut = Math.PI / 2 * (-Math.sin(s) * x0[j] + Math.cos(s) * x1[j]);
      assertEquals(xt, v.get(0)[j], 1e-5, "x_t[" + j + "]");
      assertEquals(ut, v.get(1)[j], 1e-5, "u_t[" + j + "]");
    }
  }

  @Test
  void optionsDefaultToNoNoiseAndRejectNegativeSigma() {
    VpOptions defaults = OptionBinder.bind("vp", VpOptions.class, Map.of());
    assertEquals(0.0, defaults.sigma());
    assertFalse(new VpInterpolant(defaults).hasNoise());
    assertTrue(new VpInterpolant(new VpOptions(0.01)).hasNoise());
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("trig", VpOptions.class, Map.of("sigma", -1)));
    assertTrue(e.getMessage().contains("trig") && e.getMessage().contains("sigma"), e.getMessage());
  }
}
