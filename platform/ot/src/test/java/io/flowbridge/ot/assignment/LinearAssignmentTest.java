package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.RandomPermutation;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearAssignmentTest {

  private static void assertPermutation(int[] p, int n) {
    assertEquals(n, p.length, "rowToColumn length");
    boolean[] seen = new boolean[n];
    for (int col : p) {
      assertTrue(col >= 0 && col < n, "column " + col + " out of range");
      assertTrue(!seen[col], "column " + col + " used twice");
      seen[col] = true;
    }
  }

  /** Asserts the solver's result is a permutation, its cost is consistent, and it equals brute force. */
  private static void assertOptimal(double[] cost, int n, Assignment a) {
    assertPermutation(a.rowToColumn(), n);
    double reported = a.cost();
    assertEquals(BruteForce.total(cost, n, a.rowToColumn()), reported, 0.0, "reported cost = Σ C[i,σ(i)]");
    double best = BruteForce.minCost(cost, n);
    double scale = 0;
    for (double c : cost) {
      scale = Math.max(scale, Math.abs(c));
    }
    assertEquals(best, reported, 1e-12 * Math.max(1, scale) * n, "optimum vs brute force");
  }

  @Test
  void doubleCostsMatchBruteForceForSmallN() {
    for (int n = 1; n <= 8; n++) {
      int seeds = n <= 6 ? 200 : 25;
      for (int seed = 0; seed < seeds; seed++) {
        Random rnd = new Random(1000L * n + seed);
        double[] cost = new double[n * n];
        for (int i = 0; i < cost.length; i++) {
          cost[i] = rnd.nextDouble() * 10 - 3;
        }
        assertOptimal(cost, n, LinearAssignment.solve(cost, n));
      }
    }
  }

  @Test
  void floatCostsMatchBruteForceForSmallN() {
    for (int n = 1; n <= 8; n++) {
      int seeds = n <= 6 ? 200 : 25;
      for (int seed = 0; seed < seeds; seed++) {
        Random rnd = new Random(7000L * n + seed);
        float[] cost = new float[n * n];
        for (int i = 0; i < cost.length; i++) {
          cost[i] = rnd.nextFloat() * 4;
        }
        assertOptimal(BruteForce.widen(cost), n, LinearAssignment.solve(cost, n));
      }
    }
  }

  @Test
  void squaredDistanceCostsMatchBruteForce() {
    // The costs the platform actually solves: squared distances between 2D Gaussian clouds.
    for (int seed = 0; seed < 100; seed++) {
      Random rnd = new Random(seed);
      int n = 2 + seed % 7;
      float[] cost = new float[n * n];
      double[][] x = new double[n][2];
      double[][] y = new double[n][2];
      for (int i = 0; i < n; i++) {
        x[i][0] = rnd.nextGaussian();
        x[i][1] = rnd.nextGaussian();
        y[i][0] = rnd.nextGaussian();
        y[i][1] = rnd.nextGaussian();
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double dx = x[i][0] - y[j][0];
          double dy = x[i][1] - y[j][1];
          cost[i * n + j] = (float) (dx * dx + dy * dy);
        }
      }
      assertOptimal(BruteForce.widen(cost), n, LinearAssignment.solve(cost, n));
    }
  }

  @Test
  void manyTiesMatchBruteForce() {
    // Integer costs in {0,1,2}: many optimal matchings; the optimum value must still be exact.
    for (int seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      int n = 1 + seed % 8;
      double[] cost = new double[n * n];
      for (int i = 0; i < cost.length; i++) {
        cost[i] = rnd.nextInt(3);
      }
      assertOptimal(cost, n, LinearAssignment.solve(cost, n));
    }
  }

  @Test
  void allEqualCostsGiveAnyPermutationAtTheConstantTotal() {
    for (int n : new int[] {1, 2, 5, 33, 100}) {
      float[] cost = new float[n * n];
      java.util.Arrays.fill(cost, 2.5f);
      Assignment a = LinearAssignment.solve(cost, n);
      assertPermutation(a.rowToColumn(), n);
      assertEquals(2.5 * n, a.cost(), 0.0);
    }
  }

  @Test
  void hugeCostRangesMatchBruteForce() {
    // Log-uniform costs over twelve decades, 1e-6 .. 1e6.
    for (int seed = 0; seed < 100; seed++) {
      Random rnd = new Random(seed + 99);
      int n = 2 + seed % 7;
      double[] cost = new double[n * n];
      float[] costF = new float[n * n];
      for (int i = 0; i < cost.length; i++) {
        cost[i] = Math.pow(10, rnd.nextDouble() * 12 - 6);
        costF[i] = (float) cost[i];
      }
      assertOptimal(cost, n, LinearAssignment.solve(cost, n));
      assertOptimal(BruteForce.widen(costF), n, LinearAssignment.solve(costF, n));
    }
  }

  @Test
  void tinyDifferencesUnderALargeOffsetAreResolved() {
    // Every entry is 1e6 + something in [0, 1e-3): only the small parts decide the optimum.
    for (int seed = 0; seed < 50; seed++) {
      Random rnd = new Random(seed + 5);
      int n = 3 + seed % 6;
      double[] cost = new double[n * n];
      for (int i = 0; i < cost.length; i++) {
        cost[i] = 1e6 + rnd.nextDouble() * 1e-3;
      }
      Assignment a = LinearAssignment.solve(cost, n);
      assertPermutation(a.rowToColumn(), n);
      double best = BruteForce.minCost(cost, n);
      assertEquals(best, a.cost(), 1e-9 * n);
    }
  }

  @Test
  void neverWorseThanRandomPermutationsAtN64() {
    int n = 64;
    for (int seed = 0; seed < 5; seed++) {
      Random rnd = new Random(seed);
      float[] cost = new float[n * n];
      for (int i = 0; i < cost.length; i++) {
        cost[i] = (float) Math.abs(rnd.nextGaussian() * 3);
      }
      Assignment a = LinearAssignment.solve(cost, n);
      assertPermutation(a.rowToColumn(), n);
      double[] wide = BruteForce.widen(cost);
      for (int trial = 0; trial < 1000; trial++) {
        int[] p = RandomPermutation.of(n, rnd);
        assertTrue(a.cost() <= BruteForce.total(wide, n, p) + 1e-9, "beaten by a random permutation");
      }
      // And no single swap of two rows' columns improves it (2-opt local optimality).
      int[] s = a.rowToColumn().clone();
      for (int i = 0; i < n; i++) {
        for (int k = i + 1; k < n; k++) {
          double delta = wide[i * n + s[k]] + wide[k * n + s[i]] - wide[i * n + s[i]] - wide[k * n + s[k]];
          assertTrue(delta >= -1e-9, "swapping rows " + i + " and " + k + " improves by " + -delta);
        }
      }
    }
  }

  @Test
  void identityIsOptimalForADiagonallyCheapMatrix() {
    int n = 40;
    double[] cost = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        cost[i * n + j] = i == j ? 0 : 1 + Math.abs(i - j);
      }
    }
    Assignment a = LinearAssignment.solve(cost, n);
    for (int i = 0; i < n; i++) {
      assertEquals(i, a.rowToColumn()[i]);
    }
    assertEquals(0.0, a.cost(), 0.0);
  }

  @Test
  void sizesZeroAndOne() {
    Assignment empty = LinearAssignment.solve(new float[0], 0);
    assertEquals(0, empty.rowToColumn().length);
    assertEquals(0.0, empty.cost(), 0.0);
    Assignment emptyD = LinearAssignment.solve(new double[0], 0);
    assertEquals(0, emptyD.rowToColumn().length);
    Assignment one = LinearAssignment.solve(new float[] {-4.25f}, 1);
    assertArrayEquals(new int[] {0}, one.rowToColumn());
    assertEquals(-4.25, one.cost(), 0.0);
    Assignment oneD = LinearAssignment.solve(new double[] {7.5}, 1);
    assertArrayEquals(new int[] {0}, oneD.rowToColumn());
    assertEquals(7.5, oneD.cost(), 0.0);
  }

  @Test
  void deterministic() {
    Random rnd = new Random(3);
    int n = 200;
    float[] cost = new float[n * n];
    for (int i = 0; i < cost.length; i++) {
      cost[i] = rnd.nextInt(5); // heavy ties: the most likely place for nondeterminism to show
    }
    int[] first = LinearAssignment.solve(cost, n).rowToColumn();
    for (int r = 0; r < 3; r++) {
      assertArrayEquals(first, LinearAssignment.solve(cost.clone(), n).rowToColumn());
    }
  }

  @Test
  void floatAndDoubleAgreeOnTheOptimum() {
    Random rnd = new Random(11);
    for (int n : new int[] {10, 57, 128}) {
      float[] cost = new float[n * n];
      for (int i = 0; i < cost.length; i++) {
        cost[i] = rnd.nextFloat() * 100;
      }
      double f = LinearAssignment.solve(cost, n).cost();
      double d = LinearAssignment.solve(BruteForce.widen(cost), n).cost();
      assertEquals(d, f, 1e-9 * d);
    }
  }

  @Test
  void rejectsBadInput() {
    float[] nan = new float[25];
    nan[17] = Float.NaN;
    assertEquals("cost[17] is NaN",
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve(nan, 5)).getMessage());
    double[] inf = new double[9];
    inf[4] = Double.NEGATIVE_INFINITY;
    assertEquals("cost[4] is -Infinity",
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve(inf, 3)).getMessage());
    float[] posInf = new float[4];
    posInf[0] = Float.POSITIVE_INFINITY;
    assertEquals("cost[0] is +Infinity",
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve(posInf, 2)).getMessage());
    assertEquals("cost has 8 values, expected n*n = 9",
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve(new float[8], 3)).getMessage());
    assertEquals("cost has 10 values, expected n*n = 9",
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve(new double[10], 3)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve(new float[0], -1))
        .getMessage().startsWith("n = -1"));
    assertEquals("cost is null",
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve((float[]) null, 2)).getMessage());
  }

  @Test
  void matchesReferenceHungarianBeyondBruteForce() {
    // Sizes on both sides of the dense/sparse switch, on costs of different shapes.
    int[] sizes = {100, LinearAssignment.DENSE_MAX_N, LinearAssignment.DENSE_MAX_N + 1, 257};
    for (int s = 0; s < sizes.length; s++) {
      int n = sizes[s];
      for (int kind = 0; kind < 4; kind++) {
        Random rnd = new Random(100 * s + kind);
        float[] cost = new float[n * n];
        double[][] p = new double[n][2];
        double[][] q = new double[n][2];
        for (int i = 0; i < n; i++) {
          p[i][0] = rnd.nextGaussian();
          p[i][1] = rnd.nextGaussian();
          q[i][0] = 4 + 0.5 * rnd.nextGaussian(); // a shifted, narrower target cloud
          q[i][1] = 0.5 * rnd.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            double dx = p[i][0] - q[j][0];
            double dy = p[i][1] - q[j][1];
            cost[i * n + j] = switch (kind) {
              case 0 -> rnd.nextFloat();
              case 1 -> rnd.nextInt(4);
              case 2 -> (float) (dx * dx + dy * dy);
              default -> (float) Math.pow(10, rnd.nextDouble() * 12 - 6);
            };
          }
        }
        double[] wide = BruteForce.widen(cost);
        double expected = BruteForce.total(wide, n, ReferenceHungarian.solve(wide, n));
        Assignment f = LinearAssignment.solve(cost, n);
        Assignment d = LinearAssignment.solve(wide, n);
        assertPermutation(f.rowToColumn(), n);
        assertPermutation(d.rowToColumn(), n);
        double tol = 1e-12 * n * Math.max(1, Math.abs(expected));
        assertEquals(expected, f.cost(), tol, "float, n=" + n + " kind=" + kind);
        assertEquals(expected, d.cost(), tol, "double, n=" + n + " kind=" + kind);
      }
    }
  }
}
