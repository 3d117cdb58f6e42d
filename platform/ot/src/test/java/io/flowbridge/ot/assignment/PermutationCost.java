package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Σ_i c[i, p(i)] for a float cost matrix, after asserting that p is a permutation of 0..n-1. */
final class PermutationCost {
  private PermutationCost() {}

  static double of(float[] c, int n, int[] p) {
    boolean[] seen = new boolean[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      assertTrue(p[i] >= 0 && p[i] < n && !seen[p[i]], "not a permutation at row " + i);
      seen[p[i]] = true;
      s += c[i * n + p[i]];
    }
    return s;
  }
}
