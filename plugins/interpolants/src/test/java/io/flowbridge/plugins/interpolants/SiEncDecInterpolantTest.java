package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.interpolant.TimeDerivative;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.api.option.OptionBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The encoding–decoding interpolant (MATH.md §1): at t = ½ the path is pure noise (α = β = 0,
 * γ = 1, x_½ = z, u_½ = 0), it is continuous there with one-sided limits approaching at the
 * rates its smoothness gives, and autodiff differentiates through the {@code Select} on t < ½.
 */
class SiEncDecInterpolantTest {
  private static final SiEncDecInterpolant P = new SiEncDecInterpolant(new NoOptions());
  private static final int D = 4;

  @Test
  void isPureNoiseAtOneHalf() {
    List<float[]> v = GraphHarness.values(tf -> {
      var half = GraphHarness.matrix(tf, new float[] {0.5f}, 1, 1);
      return List.of(P.alpha(tf, half), P.beta(tf, half), P.gamma(tf, half));
    });
    assertEquals(0f, v.get(0)[0], 1e-7, "α(½)");
    assertEquals(0f, v.get(1)[0], 1e-7, "β(½)");
    assertEquals(1f, v.get(2)[0], 1e-7, "γ(½)");
  }

  @Test
  void pathAndVelocityAreContinuousAtOneHalf() {
    float[] deltas = {1e-2f, 1e-3f, 1e-4f};
    // Rows: ½, then ½ − δ and ½ + δ for every δ.
    float[] t = new float[1 + 2 * deltas.length];
    t[0] = 0.5f;
    for (int k = 0; k < deltas.length; k++) {
      t[1 + 2 * k] = 0.5f - deltas[k];
      t[2 + 2 * k] = 0.5f + deltas[k];
    }
    int n = t.length;
    SplittableRandom random = new SplittableRandom(9);
    float[] x0 = repeatRow(BrownianBridgeInterpolantTest.normal(random, D), n);
    float[] x1 = repeatRow(BrownianBridgeInterpolantTest.normal(random, D), n);
    float[] z = repeatRow(BrownianBridgeInterpolantTest.normal(random, D), n);
    List<float[]> v = GraphHarness.values(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, P, GraphHarness.matrix(tf, x0, n, D),
          GraphHarness.matrix(tf, x1, n, D), GraphHarness.matrix(tf, z, n, D), GraphHarness.matrix(tf, t, n, 1));
      return List.of(path.xt(), path.ut());
    });
    float[] xt = v.get(0);
    float[] ut = v.get(1);
    for (int k = 0; k < D; k++) {
      double scale = Math.abs(x0[k]) + Math.abs(x1[k]) + Math.abs(z[k]);
      assertEquals(z[k], xt[k], 1e-6, "x_½ = z");
      assertEquals(0.0, ut[k], 1e-5 * scale, "u_½ = 0: every coefficient is stationary at ½");
      for (int r = 1; r < n; r++) {
        double delta = Math.abs(t[r] - 0.5);
        // |α|, |β|, 1 − γ ≤ sin²(πδ) ≤ π²δ², and |α'|, |β'|, |γ'| ≤ π·sin(2πδ) ≤ 2π²δ near ½.
        assertEquals(xt[k], xt[r * D + k], Math.PI * Math.PI * delta * delta * scale + 1e-6,
            "x_t at ½ vs t = " + t[r]);
        assertEquals(ut[k], ut[r * D + k], 2 * Math.PI * Math.PI * delta * scale + 1e-5,
            "u_t at ½ vs t = " + t[r]);
      }
    }
  }

  @Test
  void autodiffPassesThroughTheSwitchOnEitherSide() {
    float[] t = {0.1f, 0.3f, 0.45f, 0.4999f, 0.5f, 0.5001f, 0.55f, 0.8f, 0.95f};
    List<float[]> v = GraphHarness.values(tf -> {
      Operand<TFloat32> times = GraphHarness.matrix(tf, t, t.length, 1);
      List<Operand<TFloat32>> out = new ArrayList<>();
      out.add(TimeDerivative.of(tf, times, s -> P.alpha(tf, s)));
      out.add(TimeDerivative.of(tf, times, s -> P.beta(tf, s)));
      out.add(TimeDerivative.of(tf, times, s -> P.gamma(tf, s)));
      return out;
    });
    for (int i = 0; i < t.length; i++) {
      // d/dt cos²(πt) = −π·sin(2πt); d/dt sin²(πt) = π·sin(2πt).
      double slope = Math.PI * Math.sin(2 * Math.PI * t[i]);
      boolean first = t[i] < 0.5f;
      assertEquals(first ? -slope : 0, v.get(0)[i], 1e-5, "α'(" + t[i] + ")");
      assertEquals(first ? 0 : -slope, v.get(1)[i], 1e-5, "β'(" + t[i] + ")");
      assertEquals(slope, v.get(2)[i], 1e-5, "γ'(" + t[i] + ")");
    }
  }

  @Test
  void takesNoOptions() {
    assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("si-encdec", NoOptions.class, Map.of("a", 1)));
    assertTrue(P.hasNoise());
    assertEquals(0.0, P.timeMargin());
  }

  private static float[] repeatRow(float[] row, int n) {
    float[] out = new float[row.length * n];
    for (int i = 0; i < n; i++) System.arraycopy(row, 0, out, i * row.length, row.length);
    return out;
  }
}
