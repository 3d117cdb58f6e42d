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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EightGaussiansDatasetTest {
  private static final int N = 20_000;

  private static Batch draw(double radius, double variance, long seed) {
    return new EightGaussiansDataset(new EightGaussiansOptions(radius, variance)).sample(N, new SplittableRandom(seed));
  }

  @Test
  void defaultsAreRadiusFiveAndVarianceSqrtOfATenth() {
    EightGaussiansOptions o = OptionBinder.bind("8gaussians", EightGaussiansOptions.class, Map.of());
    assertEquals(5, o.radius());
    assertEquals(0.3162, o.variance());
    assertEquals(Math.sqrt(0.1), o.variance(), 1e-4);
  }

  @ParameterizedTest(name = "radius {0}, variance {1}")
  @CsvSource({"5, 0.3162", "2, 0.05", "1, 1"})
  void meanIsZeroAndSecondMomentIsRadiusSquaredPlusTwiceTheVariance(double r, double v) {
    float[] p = draw(r, v, 3).points().values();
    double[] x = Moments.column(p, 2, 0);
    double[] y = Moments.column(p, 2, 1);
    // Each coordinate: centre r·cos(kπ/4) (mean 0, second moment r²/2) plus noise of variance v.
    Moments.assertMean("x", 0, x, r * r / 2 + v);
    Moments.assertMean("y", 0, y, r * r / 2 + v);
    double[] sq = new double[N];
    for (int i = 0; i < N; i++) sq[i] = x[i] * x[i] + y[i] * y[i];
    // ‖c + s·g‖² = r² + 2s·c·g + s²‖g‖², variance 4·v·r² + 4·v².
    Moments.assertMean("‖x‖²", r * r + 2 * v, sq, 4 * v * r * r + 4 * v * v);
  }

  @Test
  void labelsAreUniformOverTheEightModes() {
    int[] labels = draw(5, 0.3162, 4).labels();
    int[] counts = new int[8];
    for (int l : labels) counts[l]++;
    double expected = N / 8.0;
    double chi2 = 0;
    for (int c : counts) chi2 += (c - expected) * (c - expected) / expected;
    // 99.99% quantile of chi-square with 7 degrees of freedom.
    assertTrue(chi2 < 29.88, "chi-square " + chi2 + " for counts " + java.util.Arrays.toString(counts));
  }

  @Test
  void pointsScatterAroundTheCentreOfTheirModeWithTheGivenVariance() {
    double r = 5;
    double v = 0.3162;
    Batch batch = draw(r, v, 5);
    float[] p = batch.points().values();
    double[] sq = new double[N];
    for (int i = 0; i < N; i++) {
      int k = batch.labels()[i];
      double dx = p[2 * i] - r * Math.cos(k * Math.PI / 4);
      double dy = p[2 * i + 1] - r * Math.sin(k * Math.PI / 4);
      sq[i] = dx * dx + dy * dy;
      // ‖noise‖²/v is chi-square with 2 degrees of freedom: P(> 36) = e^-18.
      assertTrue(sq[i] < 36 * v, "point " + i + " lies " + Math.sqrt(sq[i]) + " from the centre of mode " + k);
    }
    // E‖noise‖² = 2v, Var = 4v²: checks that the option is a variance, not a standard deviation.
    Moments.assertMean("squared distance to the mode centre", 2 * v, sq, 4 * v * v);
  }

  @Test
  void rejectsNonPositiveOrInfiniteOptions() {
    for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(
        Map.of("radius", 0), Map.of("radius", -1), Map.of("variance", 0), Map.of("variance", -0.5),
        Map.of("radius", "Infinity"), Map.of("variance", "NaN"))) {
      var e = assertThrows(FlowbridgeException.class,
          () -> OptionBinder.bind("8gaussians", EightGaussiansOptions.class, bad), bad.toString());
      String option = bad.keySet().iterator().next();
      assertTrue(e.getMessage().contains("8gaussians") && e.getMessage().contains("'" + option + "'"), e.getMessage());
    }
    assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("8gaussians", EightGaussiansOptions.class, Map.of("sigma", 1)));
  }
}
