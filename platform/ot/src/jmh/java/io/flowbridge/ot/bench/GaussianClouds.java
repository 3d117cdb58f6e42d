package io.flowbridge.ot.bench;

import java.util.Random;

/** Benchmark inputs: two independent N(0, I) clouds of n points in d dimensions, row-major. */
final class GaussianClouds {
  final float[] a;
  final float[] b;

  GaussianClouds(int n, int d, long seed) {
    Random rnd = new Random(seed);
    a = new float[n * d];
    b = new float[n * d];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) rnd.nextGaussian();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = (float) rnd.nextGaussian();
    }
  }
}
