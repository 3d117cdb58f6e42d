package io.flowbridge.ot.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StableMatchingTest {

  private static boolean rowPrefers(double[] c, int n, int i, int p, int q) {
    return c[i * n + p] < c[i * n + q] || (c[i * n + p] == c[i * n + q] && p < q);
  }

  private static boolean columnPrefers(double[] c, int n, int j, int p, int q) {
    return c[p * n + j] < c[q * n + j] || (c[p * n + j] == c[q * n + j] && p < q);
  }

  /** The first blocking pair (i, j) — both prefer each other to their partners — or null. */
  private static int[] blockingPair(double[] c, int n, int[] rowToColumn) {
    int[] columnToRow = new int[n];
    for (int i = 0; i < n; i++) columnToRow[rowToColumn[i]] = i;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j != rowToColumn[i] && rowPrefers(c, n, i, j, rowToColumn[i])
            && columnPrefers(c, n, j, i, columnToRow[j])) {
          return new int[] {i, j};
        }
      }
    }
    return null;
  }

  private static void assertPermutation(int[] p, int n) {
    assertEquals(n, p.length);
    boolean[] seen = new boolean[n];
    for (int col : p) {
      assertTrue(col >= 0 && col < n && !seen[col], "not a permutation at column " + col);
      seen[col] = true;
    }
  }

  private static void assertStable(double[] c, int n, int[] m, String what) {
    assertPermutation(m, n);
    int[] block = blockingPair(c, n, m);
    if (block != null) fail(what + ": blocking pair (row " + block[0] + ", column " + block[1] + ")");
  }

  @Test
  void noBlockingPairOnRandomAndGeometricInstances() {
    for (int seed = 0; seed < 40; seed++) {
      Random rnd = new Random(seed);
      int n = 1 + rnd.nextInt(80);
      double[] c = new double[n * n];
      for (int e = 0; e < c.length; e++) c[e] = rnd.nextDouble();
      assertStable(c, n, StableMatching.solve(c, n), "uniform costs, seed " + seed);
      // Squared distances: preferences correlated between the two sides, as in the coupling.
      float[] x = new float[n * 2];
      float[] y = new float[n * 2];
      for (int k = 0; k < x.length; k++) {
        x[k] = (float) rnd.nextGaussian();
        y[k] = (float) (1 + rnd.nextGaussian());
      }
      float[] sq = SquaredEuclidean.matrix(x, n, y, n, 2);
      double[] wide = new double[sq.length];
      for (int e = 0; e < sq.length; e++) wide[e] = sq[e];
      int[] fromFloat = StableMatching.solve(sq, n);
      assertStable(wide, n, fromFloat, "squared distances, seed " + seed);
      assertArrayEquals(StableMatching.solve(wide, n), fromFloat, "float and double inputs agree");
    }
  }

  @Test
  void tiesAreBrokenByIndexAndStayStable() {
    for (int seed = 0; seed < 30; seed++) {
      Random rnd = new Random(100 + seed);
      int n = 2 + rnd.nextInt(30);
      double[] c = new double[n * n];
      for (int e = 0; e < c.length; e++) c[e] = rnd.nextInt(3); // heavy ties
      assertStable(c, n, StableMatching.solve(c, n), "tied costs, seed " + seed);
    }
    // All costs equal: every row prefers column 0 first, and column j prefers row 0: row i gets column i.
    double[] flat = new double[25];
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, StableMatching.solve(flat, 5));
  }

  @Test
  void givesEveryRowItsBestStablePartner() {
    // Brute force over all n! matchings for n ≤ 6: among the stable ones, the Gale–Shapley result
    // is row-optimal (each row's partner is at least as good as in any other stable matching).
    for (int seed = 0; seed < 60; seed++) {
      Random rnd = new Random(7000 + seed);
      int n = 1 + seed % 6;
      double[] c = new double[n * n];
      for (int e = 0; e < c.length; e++) c[e] = rnd.nextInt(4) + rnd.nextInt(2) * rnd.nextDouble();
      int[] gs = StableMatching.solve(c, n);
      List<int[]> stable = new ArrayList<>();
      permutations(new int[n], new boolean[n], 0, p -> {
        if (blockingPair(c, n, p) == null) stable.add(p.clone());
      });
      assertTrue(!stable.isEmpty());
      for (int[] other : stable) {
        for (int i = 0; i < n; i++) {
          assertTrue(gs[i] == other[i] || rowPrefers(c, n, i, gs[i], other[i]),
              "seed " + seed + ": row " + i + " prefers its partner in another stable matching");
        }
      }
    }
  }

  private static void permutations(int[] p, boolean[] used, int k, java.util.function.Consumer<int[]> sink) {
    if (k == p.length) {
      sink.accept(p);
      return;
    }
    for (int j = 0; j < p.length; j++) {
      if (used[j]) continue;
      used[j] = true;
      p[k] = j;
      permutations(p, used, k + 1, sink);
      used[j] = false;
    }
  }

  /**
   * The float path (packed (cost, column) heaps) and the double path (heaps of indices compared
   * through the cost row) follow the same preferences, so they return the same matching: on
   * random and clustered costs, negative costs, many ties, and −0 against +0.
   */
  @Test
  void floatAndDoublePathsGiveTheSameMatching() {
    Random r = new Random(17);
    for (int trial = 0; trial < 40; trial++) {
      int n = 1 + r.nextInt(60);
      float[] c = new float[n * n];
      for (int e = 0; e < c.length; e++) {
        switch (trial % 4) {
          case 0 -> c[e] = r.nextFloat() * 10;
          case 1 -> c[e] = (float) r.nextGaussian() * 1e6f;          // negative costs too
          case 2 -> c[e] = r.nextInt(3);                              // many ties
          default -> c[e] = r.nextBoolean() ? -0.0f : (r.nextBoolean() ? 0.0f : 1.0f); // −0 vs +0
        }
      }
      double[] wide = new double[c.length];
      for (int e = 0; e < c.length; e++) wide[e] = c[e];
      assertArrayEquals(StableMatching.solve(wide, n), StableMatching.solve(c, n), "trial " + trial + ", n = " + n);
    }
  }

  @Test
  void sortableKeysOrderFloatsNumerically() {
    float[] values = {Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, -1.5f, -Float.MIN_VALUE, -0.0f, 0.0f,
        Float.MIN_VALUE, 1.5f, Float.MAX_VALUE, Float.POSITIVE_INFINITY};
    for (int a = 0; a < values.length; a++) {
      for (int b = 0; b < values.length; b++) {
        assertEquals(Float.compare(values[a] + 0.0f, values[b] + 0.0f) < 0 && values[a] != values[b],
            StableMatching.sortable(values[a]) < StableMatching.sortable(values[b]), values[a] + " vs " + values[b]);
      }
    }
  }

  @Test
  void singlePointAndEmpty() {
    assertArrayEquals(new int[] {0}, StableMatching.solve(new double[] {42}, 1));
    assertArrayEquals(new int[] {0}, StableMatching.solve(new float[] {-1f}, 1));
    assertEquals(0, StableMatching.solve(new double[0], 0).length);
  }

  @Test
  void hugeCostRangesAndDuplicatePoints() {
    Random rnd = new Random(5);
    int n = 40;
    double[] c = new double[n * n];
    for (int e = 0; e < c.length; e++) c[e] = Math.pow(10, -6 + 12 * rnd.nextDouble());
    assertStable(c, n, StableMatching.solve(c, n), "1e-6 .. 1e6");
    // Duplicated targets: identical columns, distinguished only by index.
    double[] dup = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) dup[i * n + j] = Math.abs(i - (j % 8));
    }
    assertStable(dup, n, StableMatching.solve(dup, n), "duplicate columns");
  }

  @Test
  void rejectsBadInput() {
    assertEquals("cost has 3 values, expected n*n = 4",
        assertThrows(IllegalArgumentException.class, () -> StableMatching.solve(new double[3], 2)).getMessage());
    assertEquals("cost[1] is NaN", assertThrows(IllegalArgumentException.class,
        () -> StableMatching.solve(new float[] {0, Float.NaN, 0, 0}, 2)).getMessage());
    assertEquals("n = -1, must be >= 0",
        assertThrows(IllegalArgumentException.class, () -> StableMatching.solve(new double[0], -1)).getMessage());
  }
}
