package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.interpolant.InterpolantPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mirror interpolant: x_t = x1 + γ(t)·z and u_t = γ'(t)·z whatever the source sample, with
 * γ = √(a·t(1−t)) by default.
 */
class MirrorInterpolantTest {
  @Test
  void pathIsTheDataPlusNoiseAndIgnoresTheSource() {
    double a = 2.0;
    MirrorInterpolant p = new MirrorInterpolant(new MirrorOptions(a, "a-brownian"));
    float[] t = {1e-5f, 0.2f, 0.5f, 0.7f, 1 - 1e-5f};
    int n = t.length;
    float[] x0 = {5f, -3f, 8f, 1f, -9f};
    float[] otherX0 = {-40f, 12f, 0f, 3f, 100f};
    float[] x1 = {0.5f, -1f, 2f, 0f, 1.5f};
    float[] z = {1f, -0.4f, 0.9f, -1.3f, 0.6f};
    List<float[]> v = GraphHarness.values(tf -> {
      var times = GraphHarness.matrix(tf, t, n, 1);
      var data = GraphHarness.matrix(tf, x1, n, 1);
      var noise = GraphHarness.matrix(tf, z, n, 1);
      InterpolantPath one = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, x0, n, 1), data, noise, times);
      InterpolantPath other = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, otherX0, n, 1), data, noise, times);
      return List.of(one.xt(), one.ut(), other.xt(), other.ut());
    });
    for (int i = 0; i < n; i++) {
      double s = t[i];
      double gamma = Math.sqrt(a * s * (1 - s));
      double gammaDot = a * (1 - 2 * s) / (2 * gamma);
      assertEquals(x1[i] + gamma * z[i], v.get(0)[i], 1e-6, "x_t at " + s);
      assertEquals(gammaDot * z[i], v.get(1)[i], 1e-4 * (1 + Math.abs(gammaDot)), "u_t at " + s);
      assertEquals(v.get(0)[i], v.get(2)[i], 0f, "x_t does not depend on x0");
      assertEquals(v.get(1)[i], v.get(3)[i], 0f, "u_t does not depend on x0");
    }
  }

  @Test
  void alwaysHasNoiseTakesAnyDataSourceAndTheMarginOfItsGamma() {
    MirrorInterpolant brownian = new MirrorInterpolant(new MirrorOptions(1, "brownian"));
    MirrorInterpolant smooth = new MirrorInterpolant(new MirrorOptions(1, "sine-squared"));
    assertTrue(brownian.hasNoise() && smooth.hasNoise());
    assertFalse(brownian.requiresGaussianSource());
    assertEquals(1e-5, brownian.timeMargin());
    assertEquals(0.0, smooth.timeMargin());
  }
}
