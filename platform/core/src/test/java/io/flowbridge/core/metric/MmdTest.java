package io.flowbridge.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Points;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MmdTest {
  static Points gaussian(int n, double shift, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n * 2];
    for (int i = 0; i < v.length; i++) v[i] = (float) (r.nextGaussian() + shift);
    return new Points(v, n, 2);
  }

  @Test
  void identicalSetsHaveZeroMmd() {
    Points a = gaussian(300, 0, 1);
    assertEquals(0.0, Mmd.rbf(a, a, List.of(0.5, 1.0, 2.0)), 1e-7);
  }

  @Test
  void twoSinglePointsMatchTheClosedForm() {
    Points a = new Points(new float[] {0, 0}, 1, 2);
    Points b = new Points(new float[] {3, 4}, 1, 2);
    double k = (Math.exp(-25 / 2.0) + Math.exp(-25 / 8.0)) / 2;
    assertEquals(Math.sqrt(2 - 2 * k), Mmd.rbf(a, b, List.of(1.0, 2.0)), 1e-9);
  }

  @Test
  void growsWithTheShiftBetweenDistributions() {
    Points base = gaussian(400, 0, 1);
    double same = Mmd.rbf(base, gaussian(400, 0, 2), List.of(1.0));
    double near = Mmd.rbf(base, gaussian(400, 0.5, 3), List.of(1.0));
    double far = Mmd.rbf(base, gaussian(400, 2, 4), List.of(1.0));
    assertTrue(same < near && near < far, same + " " + near + " " + far);
  }
}
