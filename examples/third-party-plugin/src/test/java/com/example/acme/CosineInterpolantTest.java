package com.example.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.option.OptionBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The quarter-circle path against its closed forms: x_t = cos(πt/2)·x0 + sin(πt/2)·x1 + σ·sin(πt)·z
 * and, differentiated by hand, u_t = −(π/2)·sin(πt/2)·x0 + (π/2)·cos(πt/2)·x1 + σπ·cos(πt)·z.
 * The plugin supplies no derivatives: u_t here is the core's autodiff.
 */
class CosineInterpolantTest {
  private static final float[] X0 = {1f, -2f, 0.5f, 3f, -1.5f, 0.25f};
  private static final float[] X1 = {-1f, 4f, 2f, 0f, 2.5f, -3f};
  private static final float[] Z = {0.3f, -0.7f, 1.1f, 0.2f, -1.4f, 0.6f};
  private static final float[] T = {0.1f, 0.5f, 0.85f};

  @Test
  void pathAndAutodiffVelocityMatchTheClosedForms() {
    double sigma = 0.3;
    CosineInterpolant p = new CosineInterpolant(new CosineOptions(sigma));
    List<float[]> v = run(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, p, matrix(tf, X0, 3, 2), matrix(tf, X1, 3, 2),
          matrix(tf, Z, 3, 2), matrix(tf, T, 3, 1));
      return List.of(path.xt(), path.ut());
    });
    for (int j = 0; j < X0.length; j++) {
      double t = T[j / 2];
      double a = Math.cos(Math.PI * t / 2);
      double b = Math.sin(Math.PI * t / 2);
      double xt = a * X0[j] + b * X1[j] + sigma * Math.sin(Math.PI * t) * Z[j];
      double ut = -Math.PI / 2 * b * X0[j] + Math.PI / 2 * a * X1[j] + sigma * Math.PI * Math.cos(Math.PI * t) * Z[j];
      assertEquals(xt, v.get(0)[j], 1e-5, "x_t[" + j + "] at t = " + t);
      assertEquals(ut, v.get(1)[j], 1e-5, "u_t[" + j + "] at t = " + t);
    }
  }

  @Test
  void noiseVanishesExactlyAtBothEndsAndPeaksAtOneHalf() {
    CosineInterpolant p = new CosineInterpolant(new CosineOptions(0.05));
    float[] gamma = run(tf -> List.of(p.gamma(tf, matrix(tf, new float[] {0f, 0.5f, 1f}, 3, 1)))).get(0);
    assertEquals(0f, gamma[0], 0f, "gamma(0)");
    assertEquals(0.05f, gamma[1], 1e-7, "gamma(1/2) = sigma");
    assertEquals(0f, gamma[2], 0f, "gamma(1)");
  }

  @Test
  void preservesVarianceOfIndependentStandardEndpoints() {
    // α² + β² = 1: with x0, x1 independent N(0, I) and σ = 0 every x_t is N(0, I) too.
    CosineInterpolant p = new CosineInterpolant(new CosineOptions(0));
    float[] times = {0f, 0.2f, 0.5f, 0.7f, 1f};
    List<float[]> v = run(tf -> {
      Operand<TFloat32> t = matrix(tf, times, times.length, 1);
      return List.of(p.alpha(tf, t), p.beta(tf, t));
    });
    for (int i = 0; i < times.length; i++) {
      float a = v.get(0)[i];
      float b = v.get(1)[i];
      assertEquals(1.0, a * a + b * b, 1e-6, "alpha^2 + beta^2 at t = " + times[i]);
    }
  }

  @Test
  void leavesEveryDerivativeToAutodiff() {
    CosineInterpolant p = new CosineInterpolant(new CosineOptions(0.05));
    run(tf -> {
      Operand<TFloat32> t = matrix(tf, T, 3, 1);
      assertTrue(p.alphaDot(tf, t).isEmpty());
      assertTrue(p.betaDot(tf, t).isEmpty());
      assertTrue(p.gammaDot(tf, t).isEmpty());
      return List.of(t);
    });
    assertEquals(0.0, p.timeMargin());
    assertFalse(p.requiresGaussianSource());
  }

  @Test
  void hasNoiseExactlyWhenSigmaIsPositive() {
    assertFalse(new CosineInterpolant(new CosineOptions(0)).hasNoise());
    assertTrue(new CosineInterpolant(new CosineOptions(1e-4)).hasNoise());
  }

  @Test
  void sigmaDefaultsToFiveHundredthsAndIsRangeChecked() {
    assertEquals(0.05, OptionBinder.bind("acme-cosine", CosineOptions.class, Map.of()).sigma());
    assertEquals(0.0, OptionBinder.bind("acme-cosine", CosineOptions.class, Map.of("sigma", 0)).sigma());
    for (Object bad : new Object[] {-0.01, "Infinity", "NaN"}) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class,
          () -> OptionBinder.bind("acme-cosine", CosineOptions.class, Map.of("sigma", bad)), String.valueOf(bad));
      assertTrue(e.getMessage().contains("acme-cosine") && e.getMessage().contains("sigma"), e.getMessage());
    }
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("acme-cosine", CosineOptions.class, Map.of("sigam", 0.1)));
    assertTrue(e.getMessage().contains("sigma"), e.getMessage());
  }

  private interface Build {
    List<Operand<TFloat32>> apply(Ops tf);
  }

  private static List<float[]> run(Build build) {
    try (Graph graph = new Graph(); Session session = new Session(graph)) {
      List<Operand<TFloat32>> outputs = build.apply(Ops.create(graph));
      Session.Runner runner = session.runner();
      outputs.forEach(runner::fetch);
      List<float[]> out = new ArrayList<>();
      try (Result result = runner.run()) {
        for (int i = 0; i < outputs.size(); i++) {
          float[] values = new float[(int) result.get(i).shape().size()];
          result.get(i).asRawTensor().data().asFloats().read(values);
          out.add(values);
        }
      }
      return out;
    }
  }

  private static Operand<TFloat32> matrix(Ops tf, float[] values, int rows, int cols) {
    return tf.constant(Shape.of(rows, cols), DataBuffers.of(values, true, false));
  }
}
