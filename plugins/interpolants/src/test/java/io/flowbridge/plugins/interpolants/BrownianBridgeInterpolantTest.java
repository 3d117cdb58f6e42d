package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.option.OptionBinder;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The Brownian bridge reproduces the SB-CFM target of MATH.md §1:
 * u_t = x1 − x0 + (1−2t)/(2t(1−t))·(x_t − μ_t) with μ_t = (1−t)x0 + t·x1, both through its
 * closed-form γ' and through autodiff.
 */
class BrownianBridgeInterpolantTest {
  private static final float SIGMA = 0.8f;
  private static final float[] T = {0.02f, 0.1f, 0.3f, 0.5f, 0.77f, 0.98f};
  private static final int D = 3;

  @Test
  void velocityIsTheSchroedingerBridgeTargetWithTheClosedForm() {
    checkSbCfmTarget(new BrownianBridgeInterpolant(new BrownianBridgeOptions(SIGMA)));
  }

  @Test
  void velocityIsTheSchroedingerBridgeTargetByAutodiff() {
    BrownianBridgeInterpolant bridge = new BrownianBridgeInterpolant(new BrownianBridgeOptions(SIGMA));
    // The same coefficients without the closed form, so InterpolantPath differentiates γ itself.
    Interpolant autodiffOnly = new Interpolant() {
      public Operand<TFloat32> alpha(Ops tf, Operand<TFloat32> t) { return bridge.alpha(tf, t); }
      public Operand<TFloat32> beta(Ops tf, Operand<TFloat32> t) { return bridge.beta(tf, t); }
      public Operand<TFloat32> gamma(Ops tf, Operand<TFloat32> t) { return bridge.gamma(tf, t); }
      public boolean hasNoise() { return true; }
    };
    checkSbCfmTarget(autodiffOnly);
  }

  private static void checkSbCfmTarget(Interpolant p) {
    int n = T.length;
    SplittableRandom random = new SplittableRandom(5);
    float[] x0 = normal(random, n * D);
    float[] x1 = normal(random, n * D);
    float[] z = normal(random, n * D);
    List<float[]> v = GraphHarness.values(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, x0, n, D),
          GraphHarness.matrix(tf, x1, n, D), GraphHarness.matrix(tf, z, n, D), GraphHarness.matrix(tf, T, n, 1));
      return List.of(path.xt(), path.ut());
    });
    for (int i = 0; i < n; i++) {
      double t = T[i];
      for (int k = 0; k < D; k++) {
        int j = i * D + k;
        double mu = (1 - t) * x0[j] + t * x1[j];
        double xt = v.get(0)[j];
        assertEquals(SIGMA * Math.sqrt(t * (1 - t)) * z[j], xt - mu, 1e-5, "x_t − μ_t = σ√(t(1−t))·z");
        double target = x1[j] - x0[j] + (1 - 2 * t) / (2 * t * (1 - t)) * (xt - mu);
        assertEquals(target, v.get(1)[j], 2e-4 * (1 + Math.abs(target)), "u_t at t = " + t + ", coordinate " + k);
      }
    }
  }

  @Test
  void closedFormGammaDotIsTheDerivativeOfTheBridge() {
    BrownianBridgeInterpolant p = new BrownianBridgeInterpolant(new BrownianBridgeOptions(SIGMA));
    float[] gammaDot = GraphHarness.values(tf -> List.of(p.gammaDot(tf, GraphHarness.matrix(tf, T, T.length, 1)).orElseThrow()))
        .get(0);
    for (int i = 0; i < T.length; i++) {
      double t = T[i];
      assertEquals(SIGMA * (1 - 2 * t) / (2 * Math.sqrt(t * (1 - t))), gammaDot[i], 1e-5, "γ'(" + t + ")");
    }
  }

  @Test
  void keepsAMarginAndHasNoiseExactlyWhenSigmaIsPositive() {
    assertEquals(1e-5, new BrownianBridgeInterpolant(new BrownianBridgeOptions(1)).timeMargin());
    assertTrue(new BrownianBridgeInterpolant(new BrownianBridgeOptions(1e-3)).hasNoise());
    assertFalse(new BrownianBridgeInterpolant(new BrownianBridgeOptions(0)).hasNoise());
    assertFalse(new BrownianBridgeInterpolant(new BrownianBridgeOptions(1)).requiresGaussianSource());
  }

  @Test
  void optionsDefaultToUnitSigmaAndRejectNegativeSigma() {
    assertEquals(1.0, OptionBinder.bind("brownian-bridge", BrownianBridgeOptions.class, Map.of()).sigma());
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("brownian-bridge", BrownianBridgeOptions.class, Map.of("sigma", -0.5)));
    assertTrue(e.getMessage().contains("brownian-bridge") && e.getMessage().contains("sigma"), e.getMessage());
  }

  static float[] normal(SplittableRandom random, int count) {
    float[] out = new float[count];
    for (int i = 0; i < count; i++) out[i] = (float) random.nextGaussian();
    return out;
  }
}
