package io.flowbridge.plugins.datasets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sample moments and standard-error tolerances for the moment tests. */
final class Moments {
  /** How many standard errors a sample moment may stray from its closed form. */
  static final double Z = 5;

  private Moments() {}

  static double mean(double[] xs) {
    double s = 0;
    for (double x : xs) s += x;
    return s / xs.length;
  }

  /** Central moment of the given order. */
  static double central(double[] xs, int order) {
    double m = mean(xs);
    double s = 0;
    for (double x : xs) s += Math.pow(x - m, order);
    return s / xs.length;
  }

  /** Coordinate k of every point of a row-major [n, dim] array. */
  static double[] column(float[] values, int dim, int k) {
    double[] out = new double[values.length / dim];
    for (int i = 0; i < out.length; i++) out[i] = values[i * dim + k];
    return out;
  }

  /** Asserts |estimate − expected| ≤ Z·standardError. */
  static void assertWithin(String what, double expected, double estimate, double standardError) {
    double tolerance = Z * standardError;
    assertTrue(Math.abs(estimate - expected) <= tolerance,
        what + ": expected " + expected + " ± " + tolerance + " (" + Z + " standard errors), got " + estimate);
  }

  /** Asserts the sample mean of xs matches {@code expected}, the tolerance from the known variance. */
  static void assertMean(String what, double expected, double[] xs, double variance) {
    assertWithin("mean of " + what, expected, mean(xs), Math.sqrt(variance / xs.length));
  }

  /**
   * Asserts the sample variance of xs matches {@code expected}; the standard error of a sample
   * variance is sqrt((μ4 − σ⁴)/n), μ4 estimated from the sample.
   */
  static void assertVariance(String what, double expected, double[] xs) {
    double var = central(xs, 2);
    double m4 = central(xs, 4);
    assertWithin("variance of " + what, expected, var, Math.sqrt((m4 - var * var) / xs.length));
  }
}
