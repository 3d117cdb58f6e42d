package com.example.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ring against its closed forms. With x = r·u + s·g (u uniform on the unit circle, g ~ N(0, I₂)):
 * E[x] = 0, E‖x‖² = r² + 2s², Var‖x‖² = 4s²(r² + s²), since u·g ~ N(0, 1) and ‖g‖² ~ χ²₂.
 */
class RingDatasetTest {
  private static final int N = 20_000;
  /** How many standard errors a sample mean may stray from its closed form. */
  private static final double Z = 5;

  private static float[] draw(double radius, double noise, long seed) {
    return new RingDataset(new RingOptions(radius, noise)).sample(N, new SplittableRandom(seed)).points().values();
  }

  @ParameterizedTest(name = "radius {0}, noise {1}")
  @CsvSource({"3, 0.05", "3, 0.5", "1, 1", "0.2, 2"})
  void secondMomentIsRadiusSquaredPlusTwiceTheNoiseVariance(double r, double s) {
    float[] p = draw(r, s, 11);
    double[] sq = new double[N];
    for (int i = 0; i < N; i++) sq[i] = (double) p[2 * i] * p[2 * i] + (double) p[2 * i + 1] * p[2 * i + 1];
    assertMean("‖x‖²", r * r + 2 * s * s, sq, 4 * s * s * (r * r + s * s));
  }

  @ParameterizedTest(name = "radius {0}, noise {1}")
  @CsvSource({"3, 0.05", "1, 1"})
  void meanIsZeroAndCoordinatesAreUncorrelated(double r, double s) {
    float[] p = draw(r, s, 12);
    double[] x = new double[N];
    double[] y = new double[N];
    double[] xy = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = p[2 * i];
      y[i] = p[2 * i + 1];
      xy[i] = x[i] * y[i];
    }
    // Each coordinate: r·cos θ (variance r²/2) plus noise of variance s².
    double var = r * r / 2 + s * s;
    assertMean("x", 0, x, var);
    assertMean("y", 0, y, var);
    // E[xy] = 0; Var[xy] = E[x²y²] ≤ a bound from E[x⁴] = 3r⁴/8 + 3r²s² + 3s⁴ via Cauchy–Schwarz.
    assertMean("x·y", 0, xy, 3 * r * r * r * r / 8 + 3 * r * r * s * s + 3 * s * s * s * s);
  }

  @Test
  void withoutNoiseEveryPointLiesOnTheCircleAndAnglesAreUniform() {
    double r = 2.5;
    float[] p = draw(r, 0, 13);
    int[] octants = new int[8];
    for (int i = 0; i < N; i++) {
      assertEquals(r, Math.hypot(p[2 * i], p[2 * i + 1]), 1e-5, "radius of point " + i);
      double theta = Math.atan2(p[2 * i + 1], p[2 * i]) + Math.PI;
      octants[Math.min(7, (int) (theta / (Math.PI / 4)))]++;
    }
    double expected = N / 8.0;
    double chi2 = 0;
    for (int c : octants) chi2 += (c - expected) * (c - expected) / expected;
    // 99.99% quantile of chi-square with 7 degrees of freedom.
    assertTrue(chi2 < 29.88, "chi-square " + chi2 + " for octant counts " + java.util.Arrays.toString(octants));
  }

  @Test
  void isUnlabelledTwoDimensionalAndNotTheStandardGaussian() {
    RingDataset ring = new RingDataset(new RingOptions(3, 0.05));
    assertEquals(2, ring.dim());
    assertEquals(0, ring.classes());
    assertTrue(!ring.isStandardGaussian());
    Batch b = ring.sample(5, new SplittableRandom(1));
    assertNull(b.labels());
    assertEquals(0, ring.sample(0, new SplittableRandom(1)).points().count());
    assertThrows(FlowbridgeException.class, () -> ring.sample(-1, new SplittableRandom(1)));
  }

  @Test
  void defaultsAreRadiusThreeAndNoiseFiveHundredths() {
    assertEquals(new RingOptions(3, 0.05), OptionBinder.bind("acme-ring", RingOptions.class, Map.of()));
    assertEquals(new RingOptions(0.5, 0), OptionBinder.bind("acme-ring", RingOptions.class,
        Map.of("radius", "0.5", "noise", 0)));
  }

  @Test
  void rejectsNonPositiveRadiusAndNegativeNoise() {
    for (Map<String, Object> bad : List.<Map<String, Object>>of(
        Map.of("radius", 0), Map.of("radius", -1), Map.of("radius", "Infinity"), Map.of("radius", "NaN"),
        Map.of("noise", -0.1), Map.of("noise", "Infinity"), Map.of("noise", "NaN"))) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class,
          () -> OptionBinder.bind("acme-ring", RingOptions.class, bad), bad.toString());
      String option = bad.keySet().iterator().next();
      assertTrue(e.getMessage().contains("acme-ring") && e.getMessage().contains("'" + option + "'"), e.getMessage());
    }
  }

  /** Asserts the sample mean of xs is within Z standard errors of {@code expected}, given the true variance. */
  private static void assertMean(String what, double expected, double[] xs, double variance) {
    double sum = 0;
    for (double x : xs) sum += x;
    double mean = sum / xs.length;
    double tolerance = Z * Math.sqrt(variance / xs.length);
    assertTrue(Math.abs(mean - expected) <= tolerance,
        "mean of " + what + ": expected " + expected + " ± " + tolerance + ", got " + mean);
  }
}
