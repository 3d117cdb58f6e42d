package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.option.NoOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-sided interpolants draw no noise of their own (the Gaussian source sample is the
 * noise), insist on a standard Gaussian source, and have the closed-form velocities of their
 * α and β (MATH.md §1).
 */
class OneSidedInterpolantsTest {
  private static final float[] T = {0f, 0.3f, 0.5f, 1f};
  private static final float[] X0 = {0.4f, -1.2f, 2f, 0.7f};
  private static final float[] X1 = {3f, 1f, -2f, -0.5f};

  @Test
  void linearIsTheStraightPathFromGaussianNoise() {
    OneSidedLinearInterpolant p = new OneSidedLinearInterpolant(new NoOptions());
    List<float[]> v = pathOf(p);
    for (int i = 0; i < T.length; i++) {
      assertEquals((1 - T[i]) * X0[i] + T[i] * X1[i], v.get(0)[i], 1e-6, "x_t at " + T[i]);
      assertEquals(X1[i] - X0[i], v.get(1)[i], 1e-6, "u_t at " + T[i]);
    }
    assertGaussianSourceWithoutNoise(p);
  }

  @Test
  void trigIsTheQuarterCircleFromGaussianNoise() {
    OneSidedTrigInterpolant p = new OneSidedTrigInterpolant(new NoOptions());
    List<float[]> v = pathOf(p);
    for (int i = 0; i < T.length; i++) {
      double s = Math.PI / 2 * T[i];
      assertEquals(Math.cos(s) * X0[i] + Math.sin(s) * X1[i], v.get(0)[i], 1e-6, "x_t at " + T[i]);
      assertEquals(Math.PI / 2 * (-Math.sin(s) * X0[i] + Math.cos(s) * X1[i]), v.get(1)[i], 1e-5,
          "u_t at " + T[i]);
    }
    assertGaussianSourceWithoutNoise(p);
  }

  private static List<float[]> pathOf(Interpolant p) {
    // No z: a one-sided path must build without one.
    return GraphHarness.values(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, X0, 4, 1),
          GraphHarness.matrix(tf, X1, 4, 1), null, GraphHarness.matrix(tf, T, 4, 1));
      return List.of(path.xt(), path.ut());
    });
  }

  private static void assertGaussianSourceWithoutNoise(Interpolant p) {
    assertTrue(p.requiresGaussianSource());
    assertFalse(p.hasNoise());
    assertEquals(0.0, p.timeMargin());
  }
}
