package io.flowbridge.plugins.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianDatasetTest {
  private static final int N = 20_000;

  @Test
  void isTheStandardGaussianAndUnlabelled() {
    GaussianDataset dataset = new GaussianDataset(new GaussianOptions(3));
    assertTrue(dataset.isStandardGaussian());
    assertEquals(0, dataset.classes());
    assertEquals(3, dataset.dim());
  }

  @Test
  void meanIsZeroAndCovarianceIsTheIdentity() {
    int dim = 3;
    float[] v = new GaussianDataset(new GaussianOptions(dim)).sample(N, new SplittableRandom(1)).points().values();
    for (int k = 0; k < dim; k++) {
      double[] xk = Moments.column(v, dim, k);
      Moments.assertMean("coordinate " + k, 0, xk, 1);
      // Var of a sample variance of N(0,1) is 2/n.
      Moments.assertWithin("variance of coordinate " + k, 1, Moments.central(xk, 2), Math.sqrt(2.0 / N));
      for (int l = k + 1; l < dim; l++) {
        double[] xl = Moments.column(v, dim, l);
        double cov = 0;
        for (int i = 0; i < N; i++) cov += xk[i] * xl[i];
        Moments.assertWithin("covariance of coordinates " + k + ", " + l, 0, cov / N, Math.sqrt(1.0 / N));
      }
    }
  }

  @Test
  void tailsMatchTheNormalDistribution() {
    double[] x = Moments.column(
        new GaussianDataset(new GaussianOptions(1)).sample(N, new SplittableRandom(2)).points().values(), 1, 0);
    int beyond = 0;
    for (double xi : x) if (Math.abs(xi) > 1.959964) beyond++;
    double p = 0.05;
    Moments.assertWithin("P(|x| > 1.96)", p, (double) beyond / N, Math.sqrt(p * (1 - p) / N));
  }

  @Test
  void defaultDimensionIsTwo() {
    assertEquals(new GaussianOptions(2), OptionBinder.bind("gaussian", GaussianOptions.class, Map.of()));
  }

  @Test
  void rejectsDimensionsBelowOneOrFractional() {
    var e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("gaussian", GaussianOptions.class, Map.of("dim", 0)));
    assertTrue(e.getMessage().contains("gaussian") && e.getMessage().contains("'dim'"), e.getMessage());
    assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("gaussian", GaussianOptions.class, Map.of("dim", 1.5)));
    assertThrows(FlowbridgeException.class, () -> new GaussianOptions(-3));
    assertEquals(1, OptionBinder.bind("gaussian", GaussianOptions.class, Map.of("dim", 1)).dim());
  }

  @Test
  void rejectsNegativeBatchSizes() {
    var dataset = new GaussianDataset(new GaussianOptions(2));
    assertThrows(FlowbridgeException.class, () -> dataset.sample(-1, new SplittableRandom(1)));
    Batch empty = dataset.sample(0, new SplittableRandom(1));
    assertEquals(0, empty.points().count());
  }
}
