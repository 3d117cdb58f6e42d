package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpatialOrderTest {

  private static void assertPermutation(int[] order, int n) {
    assertEquals(n, order.length);
    boolean[] seen = new boolean[n];
    for (int i : order) {
      assertTrue(i >= 0 && i < n && !seen[i], "not a permutation at " + i);
      seen[i] = true;
    }
  }

  /** Mean distance between points that follow each other in the given order. */
  private static double stepLength(float[] x, int n, int d, int[] order) {
    double total = 0;
    for (int t = 1; t < n; t++) {
      double s = 0;
      for (int k = 0; k < d; k++) {
        double diff = x[order[t] * d + k] - x[order[t - 1] * d + k];
        s += diff * diff;
      }
      total += Math.sqrt(s);
    }
    return total / (n - 1);
  }

  @Test
  void neighboursInTheOrderAreNeighboursInSpace() {
    for (int d = 1; d <= SpatialOrder.MAX_D; d++) {
      int n = 1024;
      Random rnd = new Random(d);
      float[] x = new float[n * d];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) rnd.nextGaussian();
      }
      int[] order = SpatialOrder.of(x, n, d);
      assertPermutation(order, n);
      int[] identity = new int[n];
      for (int i = 0; i < n; i++) {
        identity[i] = i;
      }
      double sorted = stepLength(x, n, d, order);
      double random = stepLength(x, n, d, identity);
      // A Z-order curve through n points: steps ~ n^(-1/d) with occasional long jumps.
      assertTrue(sorted < 0.25 * random, "d=" + d + ": " + sorted + " vs " + random);
    }
  }

  @Test
  void bitLaddersSpreadAsTheBitLoopDoes() {
    Random rnd = new Random(11);
    for (int d = 1; d <= SpatialOrder.MAX_D; d++) {
      int bits = 39 / d;
      for (int trial = 0; trial < 2000; trial++) {
        long q = trial < 2 ? (trial == 0 ? 0 : (1L << bits) - 1) : rnd.nextLong() >>> (64 - bits);
        assertEquals(SpatialOrder.spreadByBits(q, bits, d), SpatialOrder.spread(q, bits, d),
            "d=" + d + " q=" + q);
      }
    }
  }

  @Test
  void oneDimensionIsSortedByValue() {
    Random rnd = new Random(5);
    int n = 300;
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (100 * rnd.nextGaussian());
    }
    int[] order = SpatialOrder.of(x, n, 1);
    for (int t = 1; t < n; t++) {
      // Quantisation to 39 bits cannot merge distinct floats of this spread.
      assertTrue(x[order[t - 1]] < x[order[t]], "position " + t);
    }
  }

  @Test
  void tiesAndDegenerateCloudsKeepIndexOrder() {
    float[] same = new float[2 * 50];
    java.util.Arrays.fill(same, 3.5f);
    int[] expected = new int[50];
    for (int i = 0; i < 50; i++) {
      expected[i] = i;
    }
    assertArrayEquals(expected, SpatialOrder.of(same, 50, 2));
    assertArrayEquals(new int[] {0}, SpatialOrder.of(new float[] {1, 2, 3}, 1, 3));
    assertArrayEquals(new int[0], SpatialOrder.of(new float[0], 0, 2));
    // Huge but finite coordinates: the box width is taken in double and cannot overflow.
    float[] wide = {-Float.MAX_VALUE, 0, Float.MAX_VALUE, 0, 0, 0};
    assertPermutation(SpatialOrder.of(wide, 3, 2), 3);
  }

  @Test
  void permutedMovesWholePointsAndShiftsThem() {
    float[] x = {0, 1, 10, 11, 20, 21};
    assertArrayEquals(new float[] {20, 21, 0, 1, 10, 11},
        SpatialOrder.permuted(x, new int[] {2, 0, 1}, 2, new float[2]));
    // With a shift, subtracted from every point; null order keeps the rows where they are.
    assertArrayEquals(new float[] {19, 19, -1, -1, 9, 9},
        SpatialOrder.permuted(x, new int[] {2, 0, 1}, 2, new float[] {1, 2}));
    assertArrayEquals(new float[] {-1, -1, 9, 9, 19, 19},
        SpatialOrder.permuted(x, null, 2, new float[] {1, 2}));
  }
}
