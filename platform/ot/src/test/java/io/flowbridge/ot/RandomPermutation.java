package io.flowbridge.ot;

import java.util.Random;

/** Uniformly random permutations for the tests: Fisher–Yates from the identity. */
public final class RandomPermutation {
  private RandomPermutation() {}

  /** A permutation of 0 .. n−1, drawing rnd.nextInt(i + 1) for i = n−1 down to 1. */
  public static int[] of(int n, Random rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[k];
      p[k] = t;
    }
    return p;
  }
}
