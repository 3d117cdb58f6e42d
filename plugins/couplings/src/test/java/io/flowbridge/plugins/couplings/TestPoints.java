package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Point clouds, costs and generators for the coupling tests. */
final class TestPoints {
  private TestPoints() {}

  /** n points of N(mean, I) in d dimensions. */
  static Points gaussian(int n, int d, double mean, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] v = new float[n * d];
    for (int i = 0; i < v.length; i++) v[i] = (float) (mean + random.nextGaussian());
    return new Points(v, n, d);
  }

  /** n points of N(0, 4I) in d dimensions, no two closer than {@code minDistance} (rejection sampling). */
  static Points separated(int n, int d, double minDistance, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] v = new float[n * d];
    int accepted = 0;
    while (accepted < n) {
      for (int k = 0; k < d; k++) v[accepted * d + k] = (float) (2 * random.nextGaussian());
      boolean farEnough = true;
      for (int j = 0; j < accepted && farEnough; j++) {
        double s = 0;
        for (int k = 0; k < d; k++) {
          double diff = v[accepted * d + k] - v[j * d + k];
          s += diff * diff;
        }
        farEnough = s >= minDistance * minDistance;
      }
      if (farEnough) accepted++;
    }
    return new Points(v, n, d);
  }

  /** Σ_k ‖source[pairing.source[k]] − target[pairing.target[k]]‖², in double. */
  static double cost(Points source, Points target, Pairing pairing) {
    double total = 0;
    for (int k = 0; k < pairing.size(); k++) {
      total += squaredDistance(source, pairing.source()[k], target, pairing.target()[k]);
    }
    return total;
  }

  /** Σ_i ‖source[i] − target[sigma[i]]‖², in double. */
  static double cost(Points source, Points target, int[] sigma) {
    double total = 0;
    for (int i = 0; i < sigma.length; i++) total += squaredDistance(source, i, target, sigma[i]);
    return total;
  }

  static double squaredDistance(Points a, int i, Points b, int j) {
    double s = 0;
    for (int k = 0; k < a.dim(); k++) {
      double diff = (double) a.get(i, k) - b.get(j, k);
      s += diff * diff;
    }
    return s;
  }

  /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
  static int[] randomPermutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) p[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** A generator that fails the test if a coupling draws from it. */
  static RandomGenerator forbidden() {
    return () -> {
      throw new AssertionError("the coupling drew from the random generator");
    };
  }
}
