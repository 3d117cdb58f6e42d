package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowbridge.ot.RandomPermutation;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The candidate-graph solver with deliberately narrow candidate lists, so that dense
 * certification, added edges and the dense fallback all run, checked against brute force and
 * against the dense solver.
 */
class SparseJonkerVolgenantTest {

  private static float[] cloudCost(Random rnd, int n, double shift, double spread) {
    double[][] a = new double[n][2];
    double[][] b = new double[n][2];
    for (int i = 0; i < n; i++) {
      a[i][0] = rnd.nextGaussian();
      a[i][1] = rnd.nextGaussian();
      double angle = rnd.nextDouble() * 2 * Math.PI;
      // Target: a ring of radius `shift` (a point mass at 0 when shift = 0) plus noise.
      b[i][0] = shift * Math.cos(angle) + spread * rnd.nextGaussian();
      b[i][1] = shift * Math.sin(angle) + spread * rnd.nextGaussian();
    }
    float[] c = new float[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double dx = a[i][0] - b[j][0];
        double dy = a[i][1] - b[j][1];
        c[i * n + j] = (float) (dx * dx + dy * dy);
      }
    }
    return c;
  }

  @Test
  void matchesBruteForceWithNarrowCandidateLists() {
    for (int seed = 0; seed < 400; seed++) {
      Random rnd = new Random(seed);
      int n = 2 + seed % 7;
      int width = 1 + seed % 3;
      float[] c = new float[n * n];
      for (int i = 0; i < c.length; i++) {
        c[i] = seed % 2 == 0 ? rnd.nextFloat() : rnd.nextInt(4);
      }
      double best = BruteForce.minCost(BruteForce.widen(c), n);
      double got = PermutationCost.of(c, n, SparseJonkerVolgenant.solve(c, n, width));
      assertEquals(best, got, 1e-9 * n, "seed " + seed + " n " + n + " width " + width);
    }
  }

  @Test
  void matchesDenseSolverOnGeometricInstances() {
    // Shifted and ring-shaped targets make the first candidate lists poor on purpose.
    double[][] shapes = {{0, 1}, {4, 0.2}, {10, 1}, {0, 0.01}};
    for (int s = 0; s < shapes.length; s++) {
      for (int width : new int[] {2, 6, 24}) {
        Random rnd = new Random(31 * s + width);
        int n = 150 + 40 * s;
        float[] c = cloudCost(rnd, n, shapes[s][0], shapes[s][1]);
        double dense = PermutationCost.of(c, n, DenseJonkerVolgenant.solve(c, n));
        double sparse = PermutationCost.of(c, n, SparseJonkerVolgenant.solve(c, n, width));
        assertEquals(dense, sparse, 1e-9 * Math.abs(dense), "shape " + s + " width " + width);
      }
    }
  }

  @Test
  void rowsVisitedInAnotherOrderReachTheSameOptimum() {
    // The spatial path: candidate thresholds chained along the rows, every other pass over the
    // rows in the order `visit` gives (here a random permutation), with and without the auction.
    double[][] shapes = {{0, 1}, {5, 0.3}, {0, 0.01}};
    for (int s = 0; s < shapes.length; s++) {
      Random rnd = new Random(77 + s);
      int n = 256 + 50 * s;
      float[] c = cloudCost(rnd, n, shapes[s][0], shapes[s][1]);
      int[] visit = RandomPermutation.of(n, rnd);
      double dense = PermutationCost.of(c, n, DenseJonkerVolgenant.solve(c, n));
      for (int width : new int[] {4, 24}) {
        double sparse = PermutationCost.of(c, n, SparseJonkerVolgenant.solve(c, n, width, visit));
        assertEquals(dense, sparse, 1e-9 * Math.abs(dense), "shape " + s + " width " + width);
      }
    }
  }

  @Test
  void matchesDenseSolverOnUniformRandomCosts() {
    for (int seed = 0; seed < 6; seed++) {
      Random rnd = new Random(seed);
      int n = 97 + 50 * seed;
      float[] c = new float[n * n];
      for (int i = 0; i < c.length; i++) {
        c[i] = seed % 2 == 0 ? rnd.nextFloat() * 1000 : rnd.nextInt(10);
      }
      double dense = PermutationCost.of(c, n, DenseJonkerVolgenant.solve(c, n));
      double sparse = PermutationCost.of(c, n, SparseJonkerVolgenant.solve(c, n, 1 + 8 * (seed % 3)));
      assertEquals(dense, sparse, 1e-9 * Math.max(1, Math.abs(dense)), "seed " + seed);
    }
  }

  @Test
  void allEqualCostsFallBackAndStillMatch() {
    int n = 120;
    float[] c = new float[n * n];
    java.util.Arrays.fill(c, 3f);
    assertEquals(3.0 * n, PermutationCost.of(c, n, SparseJonkerVolgenant.solve(c, n, 4)), 0.0);
  }
}
