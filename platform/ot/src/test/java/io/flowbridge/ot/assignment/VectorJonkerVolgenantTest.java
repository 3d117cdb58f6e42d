package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorJonkerVolgenant} called directly (so on whichever kernels this JVM runs), from the
 * auction's warm start and from none, against the dense double reference.
 */
class VectorJonkerVolgenantTest {

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  private static double reference(float[] c, int n) {
    return PermutationCost.of(c, n, DenseJonkerVolgenantDouble.solve(BruteForce.widen(c), n));
  }

  /** The auction's duals and matching, as SparseJonkerVolgenant hands them over. */
  private static int[] afterAuction(float[] c, int n, double[] v) {
    double[] colMin = new double[n];
    DenseJonkerVolgenant.columnMinima(c, n, null, colMin, new int[n]);
    System.arraycopy(colMin, 0, v, 0, n);
    int[] start = new int[n];
    ScaledAuction.run(c, n, identity(n), v, start);
    return start;
  }

  @Test
  void isOptimalAfterTheAuctionOnClusteredTargets() {
    for (String target : new String[] {"eightGaussians", "moons"}) {
      for (int n : new int[] {129, 200, 256, 333, 512}) {
        Random rnd = new Random(31L * n + target.length());
        float[] noise = ClusteredClouds.draw("gaussian", n, rnd);
        float[] c = SquaredEuclidean.matrix(noise, n, ClusteredClouds.draw(target, n, rnd), n, 2);
        double[] v = new double[n];
        int[] start = afterAuction(c, n, v);
        int[] x = VectorJonkerVolgenant.finish(c, n, v, start, identity(n));
        double want = reference(c, n);
        assertEquals(want, PermutationCost.of(c, n, x), 1e-9 * want, target + " n " + n);
      }
    }
  }

  @Test
  void isOptimalWithoutAWarmStart() {
    // Every row free and zero duals: the row reduction and the searches do all the work.
    Random rnd = new Random(17);
    for (int n : new int[] {1, 2, 3, 10, 64, 150}) {
      for (int rep = 0; rep < 4; rep++) {
        float[] c = new float[n * n];
        for (int e = 0; e < c.length; e++) {
          c[e] = rep % 2 == 0 ? (float) rnd.nextGaussian() : rnd.nextInt(4); // ties when integer
        }
        int[] start = new int[n];
        Arrays.fill(start, -1);
        int[] x = VectorJonkerVolgenant.finish(c, n, new double[n], start, identity(n));
        double want = reference(c, n);
        assertEquals(want, PermutationCost.of(c, n, x), 1e-9 * Math.max(1, Math.abs(want)),
            "n " + n + " rep " + rep);
      }
    }
  }

  @Test
  void allEqualCostsGiveAPermutation() {
    int n = 40;
    float[] c = new float[n * n];
    Arrays.fill(c, 2.5f);
    int[] start = new int[n];
    Arrays.fill(start, -1);
    int[] x = VectorJonkerVolgenant.finish(c, n, new double[n], start, identity(n));
    boolean[] seen = new boolean[n];
    for (int j : x) {
      assertTrue(j >= 0 && j < n && !seen[j], Arrays.toString(x));
      seen[j] = true;
    }
  }

  @Test
  void suitsOnlyVectorKernelsUpToMaxN() {
    assertEquals(RowScan.VECTOR, VectorJonkerVolgenant.suits(256));
    assertEquals(RowScan.VECTOR, VectorJonkerVolgenant.suits(VectorJonkerVolgenant.MAX_N));
    assertEquals(false, VectorJonkerVolgenant.suits(VectorJonkerVolgenant.MAX_N + 1));
    assertEquals(false, VectorJonkerVolgenant.suits(VectorJonkerVolgenant.MIN_N - 1));
    assertEquals(RowScan.VECTOR, VectorJonkerVolgenant.suits(VectorJonkerVolgenant.MIN_N));
  }
}
