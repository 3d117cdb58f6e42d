package io.flowbridge.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathMetricsTest {
  @Test
  void straightConstantSpeedPathsHaveEnergyOfTheirDisplacementAndZeroStraightness() {
    int steps = 10;
    float[] times = new float[steps + 1];
    float[][] states = new float[steps + 1][];
    float[][] velocities = new float[steps + 1][];
    for (int k = 0; k <= steps; k++) {
      float t = k / (float) steps;
      times[k] = t;
      states[k] = new float[] {3 * t, 4 * t, -1 + t, 0};
      velocities[k] = new float[] {3, 4, 1, 0};
    }
    PathMetrics.Result r = PathMetrics.of(times, states, velocities, 2, 2);
    assertEquals((25 + 1) / 2.0, r.pathEnergy(), 1e-6);
    assertEquals(0, r.straightness(), 1e-10);
  }

  @Test
  void curvedPathHasPositiveStraightnessFromTheClosedForm() {
    // x(t) = (t, t^2): v = (1, 2t), displacement (1, 1); S = ∫ (2t-1)^2 dt = 1/3, PE = ∫ 1 + 4t^2 = 7/3.
    int steps = 2000;
    float[] times = new float[steps + 1];
    float[][] states = new float[steps + 1][];
    float[][] velocities = new float[steps + 1][];
    for (int k = 0; k <= steps; k++) {
      float t = k / (float) steps;
      times[k] = t;
      states[k] = new float[] {t, t * t};
      velocities[k] = new float[] {1, 2 * t};
    }
    PathMetrics.Result r = PathMetrics.of(times, states, velocities, 1, 2);
    assertEquals(1 / 3.0, r.straightness(), 1e-5);
    assertEquals(7 / 3.0, r.pathEnergy(), 1e-5);
    assertEquals(0.5, PathMetrics.normalisedPathEnergy(3, 2), 0);
  }
}
