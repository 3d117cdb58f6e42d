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
import org.junit.jupiter.params.provider.ValueSource;

class MoonsDatasetTest {
  private static final int N = 20_000;

  // Before the map p ↦ 3p − 1, with θ ~ U[0, π] and a fair choice of moon:
  // E[x] = 1/2, Var[x] = 3/4; E[y] = 1/4, Var[y] = 9/16 − 1/π (E sin θ = 2/π, E sin²θ = 1/2).
  private static final double VAR_X = 0.75;
  private static final double VAR_Y = 0.5625 - 1 / Math.PI;

  private static Batch draw(double noise, long seed) {
    return new MoonsDataset(new MoonsOptions(noise)).sample(N, new SplittableRandom(seed));
  }

  @Test
  void defaultNoiseIsATenth() {
    assertEquals(0.1, OptionBinder.bind("moons", MoonsOptions.class, Map.of()).noise());
  }

  @ParameterizedTest(name = "noise {0}")
  @ValueSource(doubles = {0, 0.1, 0.5})
  void meanIsHalfAndMinusAQuarterAfterTheMap(double noise) {
    float[] p = draw(noise, 7).points().values();
    double s2 = noise * noise;
    Moments.assertMean("x", 0.5, Moments.column(p, 2, 0), 9 * (VAR_X + s2));
    Moments.assertMean("y", -0.25, Moments.column(p, 2, 1), 9 * (VAR_Y + s2));
  }

  @ParameterizedTest(name = "noise {0}")
  @ValueSource(doubles = {0, 0.1, 0.5})
  void varianceMatchesTheClosedForm(double noise) {
    float[] p = draw(noise, 8).points().values();
    double s2 = noise * noise;
    Moments.assertVariance("x", 9 * (VAR_X + s2), Moments.column(p, 2, 0));
    Moments.assertVariance("y", 9 * (VAR_Y + s2), Moments.column(p, 2, 1));
  }

  @Test
  void eachMoonIsChosenWithProbabilityOneHalf() {
    int lower = 0;
    for (int l : draw(0.1, 9).labels()) lower += l;
    Moments.assertWithin("fraction of the lower moon", 0.5, (double) lower / N, Math.sqrt(0.25 / N));
  }

  @Test
  void withoutNoisePointsLieExactlyOnTheirArc() {
    Batch batch = draw(0, 10);
    float[] p = batch.points().values();
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    for (int i = 0; i < N; i++) {
      double x = (p[2 * i] + 1) / 3;
      double y = (p[2 * i + 1] + 1) / 3;
      if (batch.labels()[i] == 0) {
        assertEquals(1, x * x + y * y, 1e-5, "upper-moon point " + i + " off the unit circle");
        assertTrue(y >= -1e-6, "upper-moon point " + i + " below its centre: y = " + y);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      } else {
        double dx = 1 - x;
        double dy = 0.5 - y;
        assertEquals(1, dx * dx + dy * dy, 1e-5, "lower-moon point " + i + " off the circle around (1, 0.5)");
        assertTrue(y <= 0.5 + 1e-6, "lower-moon point " + i + " above its centre: y = " + y);
      }
    }
    // θ covers [0, π]: the upper arc reaches both ends.
    assertTrue(minX < -0.999 && maxX > 0.999, "upper arc spans x in [" + minX + ", " + maxX + "]");
  }

  @Test
  void rejectsNegativeOrInfiniteNoise() {
    for (Object bad : new Object[] {-0.1, "Infinity", "NaN"}) {
      var e = assertThrows(FlowbridgeException.class,
          () -> OptionBinder.bind("moons", MoonsOptions.class, Map.of("noise", bad)), String.valueOf(bad));
      assertTrue(e.getMessage().contains("moons") && e.getMessage().contains("'noise'"), e.getMessage());
    }
    assertEquals(0, OptionBinder.bind("moons", MoonsOptions.class, Map.of("noise", 0)).noise());
  }
}
