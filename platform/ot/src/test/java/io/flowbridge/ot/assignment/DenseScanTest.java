package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseScanTest {

  /** Rows of a random matrix with random duals; n not a multiple of the lanes reaches the tails. */
  private static float[] matrix(int n, Random rnd) {
    float[] c = new float[n * n];
    for (int e = 0; e < c.length; e++) {
      c[e] = (float) (rnd.nextGaussian() * 10);
    }
    return c;
  }

  private static double[] duals(int n, Random rnd) {
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = rnd.nextGaussian() * 5;
    }
    return v;
  }

  @Test
  void keysOrderLikeTheDoublesAndInvert() {
    Random rnd = new Random(3);
    double[] h = new double[2000];
    for (int t = 0; t < h.length; t++) {
      h[t] = t % 7 == 0 ? -h[t / 2] : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 15);
    }
    h[0] = 0.0;
    h[1] = -1e300;
    h[2] = Double.POSITIVE_INFINITY;
    for (double a : h) {
      assertEquals(a, DenseScan.value(DenseScan.key(a)), 0.0);
      for (int t = 0; t < 50; t++) {
        double b = h[rnd.nextInt(h.length)];
        if (a != b) {
          assertEquals(a < b, DenseScan.key(a) < DenseScan.key(b), a + " vs " + b);
        }
      }
    }
  }

  @Test
  void twoLowestAreTheTwoSmallestPackedKeysAndBoundTheMinimum() {
    Random rnd = new Random(5);
    for (int n : new int[] {1, 2, 7, 9, 64, 131, 256}) {
      float[] c = matrix(n, rnd);
      double[] v = duals(n, rnd);
      int bits = RowScan.indexBits(n);
      long[] out = new long[2];
      for (int i = 0; i < n; i++) {
        long[] keys = new long[n];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
          double r = c[i * n + j] - v[j];
          keys[j] = (DenseScan.key(r) & (-1L << bits)) | j;
          min = Math.min(min, r);
        }
        Arrays.sort(keys);
        DenseScan.twoLowest(c, i * n, v, n, out);
        assertEquals(keys[0], out[0], "n " + n + " row " + i);
        assertEquals(n > 1 ? keys[1] : Long.MAX_VALUE, out[1], "n " + n + " row " + i);
        // The bucket floor of the smallest key is at most the true minimum.
        assertTrue(DenseScan.value(out[0] & (-1L << bits)) <= min);
      }
    }
  }

  @Test
  void relaxLowersTheKeysAndReturnsTheSmallestAndScannedColumnsNeverWin() {
    Random rnd = new Random(11);
    int n = 77;
    float[] c = matrix(n, rnd);
    double[] v = duals(n, rnd);
    long[] exact = new long[n];
    for (int j = 0; j < n; j++) {
      exact[j] = DenseScan.key(rnd.nextGaussian() * 10);
      if (j % 3 == 0) {
        // Scanned, as the search marks them: v = −∞ and the largest key.
        v[j] = Double.NEGATIVE_INFINITY;
        exact[j] = Long.MAX_VALUE;
      }
    }
    long[] before = exact.clone();
    double shift = 1.5;
    long got = DenseScan.relax(c, 4 * n, v, shift, exact, n);
    long high = -1L << RowScan.indexBits(n);
    long best = Long.MAX_VALUE;
    for (int j = 0; j < n; j++) {
      long want = Math.min(before[j], DenseScan.key(c[4 * n + j] - v[j] - shift));
      assertEquals(want, exact[j], "column " + j);
      best = Math.min(best, (want & high) | j);
    }
    assertEquals(best, got);
    assertTrue((got & ~high) % 3 != 0, "a scanned column won: " + (got & ~high));
    assertEquals(DenseScan.key(Double.POSITIVE_INFINITY), exact[0]);
  }

  @Test
  void vectorAndPortableKernelsAgreeBitForBit() {
    assumeTrue(RowScan.VECTOR, "the Vector API is not in this JVM");
    Random rnd = new Random(13);
    for (int n : new int[] {1, 5, 8, 15, 16, 100, 256, 301}) {
      float[] c = matrix(n, rnd);
      double[] v = duals(n, rnd);
      long[] a = new long[2];
      long[] b = new long[2];
      long[] exactA = new long[n];
      for (int j = 0; j < n; j++) {
        exactA[j] = rnd.nextInt(4) == 0 ? Long.MAX_VALUE : DenseScan.key(rnd.nextGaussian() * 10);
      }
      long[] exactB = exactA.clone();
      for (int i = 0; i < n; i++) {
        VectorDenseScan.twoLowest(c, i * n, v, n, a);
        DenseScan.twoLowestPortable(c, i * n, v, n, b);
        assertArrayEquals(b, a, "n " + n + " row " + i);
        double shift = rnd.nextGaussian();
        long ka = VectorDenseScan.relax(c, i * n, v, shift, exactA, n);
        long kb = DenseScan.relaxPortable(c, i * n, v, shift, exactB, 0, n, Long.MAX_VALUE);
        assertEquals(kb, ka, "n " + n + " row " + i);
        assertArrayEquals(exactB, exactA, "n " + n + " row " + i);
      }
    }
  }
}
