package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EuclideanAssignmentTest {

  private static float[] cloud(Random rnd, int n, int d, double shift) {
    float[] x = new float[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (rnd.nextGaussian() + (i % d == 0 ? shift : 0));
    }
    return x;
  }

  private static double pairedCost(float[] a, float[] b, int n, int d, int[] sigma) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        double diff = (double) a[i * d + k] - b[sigma[i] * d + k];
        s += diff * diff;
      }
    }
    return s;
  }

  @Test
  void sameOptimumAsTheRawCostMatrix() {
    // Centring is a change of row and column constants only: the optimum value must not move.
    for (int[] nd : new int[][] {{7, 2}, {60, 3}, {150, 2}, {200, 17}}) {
      int n = nd[0];
      int d = nd[1];
      Random rnd = new Random(n * 31 + d);
      float[] a = cloud(rnd, n, d, 0);
      float[] b = cloud(rnd, n, d, 6);
      Assignment centred = EuclideanAssignment.solve(a, b, n, d);
      float[] raw = SquaredEuclidean.matrix(a, n, b, n, d);
      double[] wide = BruteForce.widen(raw);
      double reference = BruteForce.total(wide, n, ReferenceHungarian.solve(wide, n));
      double value = pairedCost(a, b, n, d, centred.rowToColumn());
      assertEquals(value, centred.cost(), 1e-9 * value, "reported cost is Σ‖a_i − b_σ(i)‖²");
      // Both are float-rounded views of the same problem; allow the float cost rounding.
      assertEquals(reference, value, 1e-5 * reference, "n=" + n + " d=" + d);
    }
  }

  @Test
  void spatiallySortedRowsReachTheOptimumOnLowDimensionalClouds() {
    // n > 128 and d <= 3 take the solver's spatial path: rows sorted in Morton order, chained
    // candidate thresholds, the permutation mapped back. Shaped, tied and duplicated clouds too.
    String[] kinds = {"gaussian", "eightGaussians", "moons", "grid", "duplicates"};
    int run = 0;
    for (int d = 1; d <= 3; d++) {
      for (String kind : kinds) {
        int n = new int[] {129, 256, 300, 513}[run % 4];
        Random rnd = new Random(1000 + run++);
        float[] a = cloud(rnd, n, d, 0);
        float[] b = new float[n * d];
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < d; k++) {
            b[i * d + k] = switch (kind) {
              case "eightGaussians" -> (float) (5 * Math.cos(Math.PI / 4 * (i % 8) + k)
                  + 0.5 * rnd.nextGaussian());
              case "moons" -> (float) (k == 0 ? 3 * Math.cos(Math.PI * (i % 97) / 97.0)
                  : 3 * Math.sin(Math.PI * (i % 97) / 97.0) * (i % 2 == 0 ? 1 : -1));
              case "grid" -> rnd.nextInt(5); // many equal distances
              case "duplicates" -> a[(i / 2) * d + k]; // each source point twice in the target
              default -> (float) rnd.nextGaussian();
            };
          }
        }
        Assignment got = EuclideanAssignment.solve(a, b, n, d);
        int[] sigma = got.rowToColumn();
        assertArrayEquals(sigma, EuclideanAssignment.pairing(a, b, n, d), "pairing alone");
        boolean[] used = new boolean[n];
        for (int j : sigma) {
          assertTrue(!used[j], "not a permutation");
          used[j] = true;
        }
        double value = pairedCost(a, b, n, d, sigma);
        assertEquals(value, got.cost(), 1e-9 * Math.max(1, value), "reported cost");
        double[] wide = BruteForce.widen(SquaredEuclidean.matrix(a, n, b, n, d));
        double reference = BruteForce.total(wide, n, LinearAssignment.solve(wide, n).rowToColumn());
        String where = kind + " n=" + n + " d=" + d;
        assertEquals(reference, value, 1e-5 * Math.max(1, reference), where);
      }
    }
  }

  @Test
  void matchesBruteForceOnSmallSets() {
    for (int seed = 0; seed < 200; seed++) {
      Random rnd = new Random(seed);
      int n = 1 + seed % 8;
      int d = 1 + seed % 3;
      float[] a = cloud(rnd, n, d, 0);
      float[] b = cloud(rnd, n, d, seed % 5);
      Assignment s = EuclideanAssignment.solve(a, b, n, d);
      double[] exact = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double c = 0;
          for (int k = 0; k < d; k++) {
            double diff = (double) a[i * d + k] - b[j * d + k];
            c += diff * diff;
          }
          exact[i * n + j] = c;
        }
      }
      assertEquals(BruteForce.minCost(exact, n), s.cost(), 1e-5 * (1 + s.cost()), "seed " + seed);
    }
  }

  @Test
  void translatingACloudKeepsThePairing() {
    int n = 300;
    int d = 2;
    Random rnd = new Random(5);
    float[] a = cloud(rnd, n, d, 0);
    float[] b = cloud(rnd, n, d, 0);
    float[] moved = new float[b.length];
    for (int i = 0; i < n; i++) {
      moved[2 * i] = b[2 * i] + 8f; // powers of two: the translate is exact in float
      moved[2 * i + 1] = b[2 * i + 1] - 4f;
    }
    int[] near = EuclideanAssignment.solve(a, b, n, d).rowToColumn();
    int[] far = EuclideanAssignment.solve(a, moved, n, d).rowToColumn();
    assertArrayEquals(near, far);
  }

  @Test
  void resultIsAPermutationAndEmptyInputIsEmpty() {
    Random rnd = new Random(2);
    int n = 257;
    int[] sigma = EuclideanAssignment.solve(cloud(rnd, n, 2, 0), cloud(rnd, n, 2, 3), n, 2)
        .rowToColumn();
    boolean[] seen = new boolean[n];
    for (int j : sigma) {
      assertTrue(!seen[j]);
      seen[j] = true;
    }
    Assignment empty = EuclideanAssignment.solve(new float[0], new float[0], 0, 3);
    assertEquals(0, empty.size());
    assertEquals(0.0, empty.cost(), 0.0);
  }

  @Test
  void rejectsBadInput() {
    assertEquals("b has 5 values, expected n*d = 6",
        assertThrows(IllegalArgumentException.class,
            () -> EuclideanAssignment.solve(new float[6], new float[5], 3, 2)).getMessage());
    float[] nan = new float[6];
    nan[2] = Float.NaN;
    assertEquals("a[2] is NaN",
        assertThrows(IllegalArgumentException.class,
            () -> EuclideanAssignment.solve(nan, new float[6], 3, 2)).getMessage());
  }

  @Test
  void nonFinitePointsAreNamedOnEitherCheckPath() {
    // n = 300 > 2d takes the largest-coordinate path, n = 3 the cost-matrix path; both must name
    // the point entry, found through the centring sums.
    for (int n : new int[] {3, 300}) {
      Random rnd = new Random(n);
      float[] a = cloud(rnd, n, 2, 0);
      float[] b = cloud(rnd, n, 2, 0);
      b[2 * n - 1] = Float.NEGATIVE_INFINITY;
      assertEquals("b[" + (2 * n - 1) + "] is -Infinity",
          assertThrows(IllegalArgumentException.class,
              () -> EuclideanAssignment.solve(a, b, n, 2)).getMessage());
      // Huge but finite values whose float sum overflows are not an error: that coordinate's
      // mean is summed again in double, and a constant coordinate centres to exactly 0.
      float[] far = cloud(rnd, n, 2, 0);
      float[] near = far.clone();
      for (int i = 0; i < n; i++) {
        far[2 * i] = 3e38f;
        near[2 * i] = 0f;
      }
      float[] target = cloud(rnd, n, 2, 0);
      assertArrayEquals(EuclideanAssignment.solve(near, target, n, 2).rowToColumn(),
          EuclideanAssignment.solve(far, target, n, 2).rowToColumn(), "n=" + n);
    }
  }

  @Test
  void coordinatesWhoseSquaredDistancesOverflowAreRejectedWithTheReason() {
    float[] a = {0, 0, 3e19f, 0};
    float[] b = {1, 0, -3e19f, 0};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EuclideanAssignment.solve(a, b, 2, 2));
    assertTrue(e.getMessage().startsWith("squared distances overflow float: centred coordinates reach 1.5E19"),
        e.getMessage());
    assertTrue(e.getMessage().contains("is +Infinity"), e.getMessage());
  }

  @Test
  void largeButSafeCoordinatesStayExact() {
    // 1e18 is within ±sqrt(FLT_MAX / 8) ≈ 6.5e18 for d = 2: no squared distance can overflow.
    float[] a = {1e18f, 0, -1e18f, 0, 0, 1e18f};
    float[] b = {-1e18f, 1, 0, 1e18f, 1e18f, 1};
    Assignment got = EuclideanAssignment.solve(a, b, 3, 2);
    int[] expected = {2, 0, 1}; // each a_i to the b nearest it
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, got.rowToColumn());
  }
}
