package io.flowbridge.ot.assignment;

import java.util.Random;

/**
 * The 2-D point clouds of the OT-CFM coupling workload, shared by the clustered-assignment tests
 * and the JMH benchmarks: {@code gaussian} N(0, I); {@code shiftedGaussian} N((0.5, 0.5), I), data
 * whose mean is not the noise's; {@code eightGaussians} centre
 * 5·(cos kπ/4, sin kπ/4), k uniform in 0..7, plus N(0, 0.5623² I); {@code moons} θ ~ U[0, π], upper
 * (cos θ, sin θ) or lower (1 − cos θ, 0.5 − sin θ), noise std 0.1, then p ↦ 3p − 1. Row-major
 * {@code [n, 2]}.
 */
public final class ClusteredClouds {
  private ClusteredClouds() {}

  public static float[] draw(String kind, int n, Random rnd) {
    float[] p = new float[2 * n];
    for (int i = 0; i < n; i++) {
      double x;
      double y;
      switch (kind) {
        case "gaussian" -> {
          x = rnd.nextGaussian();
          y = rnd.nextGaussian();
        }
        case "shiftedGaussian" -> {
          x = 0.5 + rnd.nextGaussian();
          y = 0.5 + rnd.nextGaussian();
        }
        case "eightGaussians" -> {
          double t = rnd.nextInt(8) * Math.PI / 4;
          x = 5 * Math.cos(t) + 0.5623 * rnd.nextGaussian();
          y = 5 * Math.sin(t) + 0.5623 * rnd.nextGaussian();
        }
        case "moons" -> {
          double t = Math.PI * rnd.nextDouble();
          boolean upper = rnd.nextBoolean();
          x = 3 * ((upper ? Math.cos(t) : 1 - Math.cos(t)) + 0.1 * rnd.nextGaussian()) - 1;
          y = 3 * ((upper ? Math.sin(t) : 0.5 - Math.sin(t)) + 0.1 * rnd.nextGaussian()) - 1;
        }
        default -> throw new IllegalArgumentException(kind);
      }
      p[2 * i] = (float) x;
      p[2 * i + 1] = (float) y;
    }
    return p;
  }
}
