package io.flowbridge.ot.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.RandomPermutation;
import io.flowbridge.ot.assignment.Assignment;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.plan.SparsePlan;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExactTransportTest {

  private static double[] uniform(int n, double w) {
    double[] x = new double[n];
    Arrays.fill(x, w);
    return x;
  }

  private static double[] randomWeights(Random rnd, int n, boolean withZeros) {
    double[] w = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = withZeros && rnd.nextInt(4) == 0 ? 0 : 0.05 + rnd.nextDouble();
      total += w[i];
    }
    if (total == 0) w[0] = total = 1;
    for (int i = 0; i < n; i++) w[i] /= total;
    return w;
  }

  private static double[] squaredDistances(Random rnd, int n, int m, int d) {
    float[] x = new float[n * d];
    float[] y = new float[m * d];
    for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
    for (int i = 0; i < y.length; i++) y[i] = (float) (0.5 + 1.5 * rnd.nextGaussian());
    return widen(SquaredEuclidean.matrix(x, n, y, m, d));
  }

  private static double[] widen(float[] c) {
    double[] w = new double[c.length];
    for (int i = 0; i < c.length; i++) w[i] = c[i];
    return w;
  }

  /** Marginals within 1e-12 of a and b, at most n + m − 1 entries, all of positive mass. */
  private static void assertFeasibleBasic(SparsePlan plan, double[] a, double[] b, String what) {
    int n = a.length;
    int m = b.length;
    assertEquals(n, plan.n(), what);
    assertEquals(m, plan.m(), what);
    assertTrue(plan.nonzeros() <= n + m - 1, what + ": " + plan.nonzeros() + " nonzeros > n + m − 1");
    for (double x : plan.mass()) assertTrue(x > 0, what + ": stored entry of mass " + x);
    double scale = Arrays.stream(a).sum();
    double[] rows = plan.rowMarginals();
    double[] cols = plan.columnMarginals();
    for (int i = 0; i < n; i++) assertEquals(a[i], rows[i], 1e-12 * scale, what + ": row " + i);
    for (int j = 0; j < m; j++) assertEquals(b[j], cols[j], 1e-12 * scale, what + ": column " + j);
  }

  @Test
  void uniformSquareEqualsBruteForceUpToN8() {
    for (int n = 1; n <= 8; n++) {
      for (int seed = 0; seed < (n <= 6 ? 60 : 8); seed++) {
        Random rnd = new Random(31L * n + seed);
        double[] cost = new double[n * n];
        // Any sign: transport only cares about differences.
        for (int e = 0; e < cost.length; e++) cost[e] = rnd.nextDouble() * 10 - 3;
        double[] w = uniform(n, 1);
        SparsePlan plan = ExactTransport.solve(cost, w, w);
        String what = "n = " + n + ", seed " + seed;
        assertFeasibleBasic(plan, w, w, what);
        assertEquals(n, plan.nonzeros(), what + ": integral weights give a permutation");
        assertEquals(TransportOracle.assignmentOptimum(cost, n), plan.cost(cost), 1e-12 * 10 * n, what);
      }
    }
  }

  @Test
  void weightedRectangularEqualsTheLpOptimumByVertexEnumeration() {
    int[][] shapes = {{1, 1}, {1, 4}, {4, 1}, {2, 3}, {3, 2}, {3, 3}, {2, 5}, {5, 2}, {3, 4}, {4, 3}, {4, 4}, {4, 5}};
    for (int[] shape : shapes) {
      int n = shape[0];
      int m = shape[1];
      for (int seed = 0; seed < 12; seed++) {
        Random rnd = new Random(1000L * n + 10L * m + seed);
        double[] a = randomWeights(rnd, n, false);
        double[] b = randomWeights(rnd, m, false);
        double[] cost = seed % 3 == 0 ? squaredDistances(rnd, n, m, 2) : new double[n * m];
        if (seed % 3 != 0) for (int e = 0; e < cost.length; e++) cost[e] = rnd.nextInt(5); // many ties
        SparsePlan plan = ExactTransport.solve(cost, a, b);
        String what = n + "×" + m + ", seed " + seed;
        assertFeasibleBasic(plan, a, b, what);
        assertEquals(TransportOracle.lpOptimum(cost, a, b), plan.cost(cost), 1e-12 * 10, what);
      }
    }
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {16, 64, 200})
  void uniformSquareEqualsLinearAssignmentAndIsAPermutation(int n) {
    for (int seed = 0; seed < 3; seed++) {
      Random rnd = new Random(n * 7L + seed);
      double[] cost = squaredDistances(rnd, n, n, 2);
      double[] w = uniform(n, 1.0 / n);
      SparsePlan plan = ExactTransport.solve(cost, w, w);
      assertFeasibleBasic(plan, w, w, "n = " + n);
      Assignment lap = LinearAssignment.solve(cost, n);
      assertEquals(lap.cost() / n, plan.cost(cost), 1e-12 * lap.cost(), "n = " + n + ", seed " + seed);
      // 1/n is not exact in binary, but the plan still sends each source's whole mass to one target.
      assertEquals(n, plan.nonzeros(), "a permutation has n entries");
      boolean[] hit = new boolean[n];
      for (int k = 0; k < n; k++) {
        assertTrue(!hit[plan.cols()[k]], "target " + plan.cols()[k] + " used twice");
        hit[plan.cols()[k]] = true;
      }
    }
  }

  @Test
  void neverWorseThanRandomPermutations() {
    int n = 50;
    Random rnd = new Random(5);
    double[] cost = squaredDistances(rnd, n, n, 3);
    double optimum = ExactTransport.solve(cost, uniform(n, 1), uniform(n, 1)).cost(cost);
    int[] sigma = new int[n];
    for (int i = 0; i < n; i++) sigma[i] = i;
    for (int trial = 0; trial < 500; trial++) {
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = sigma[i];
        sigma[i] = sigma[j];
        sigma[j] = t;
      }
      double c = TransportOracle.total(cost, n, sigma);
      assertTrue(optimum <= c + 1e-9, "exact " + optimum + " > permutation " + c);
    }
  }

  @Test
  void rectangularNonUniformAtScaleHasExactMarginalsAndDominatesRandomFeasiblePlans() {
    // 300 sources, 170 targets with random weights: compared with the north-west corner plan of
    // randomly permuted rows and columns (each a feasible plan), the optimum is never worse.
    Random rnd = new Random(11);
    int n = 300;
    int m = 170;
    double[] a = randomWeights(rnd, n, false);
    double[] b = randomWeights(rnd, m, false);
    double[] cost = squaredDistances(rnd, n, m, 2);
    SparsePlan plan = ExactTransport.solve(cost, a, b);
    assertFeasibleBasic(plan, a, b, "300×170");
    double optimum = plan.cost(cost);
    for (int trial = 0; trial < 20; trial++) {
      assertTrue(optimum <= northWestCost(cost, a, b, rnd) + 1e-12, "trial " + trial);
    }
  }

  private static double northWestCost(double[] cost, double[] a, double[] b, Random rnd) {
    int n = a.length;
    int m = b.length;
    int[] pr = RandomPermutation.of(n, rnd);
    int[] pc = RandomPermutation.of(m, rnd);
    double total = 0;
    int i = 0;
    int j = 0;
    double s = a[pr[0]];
    double t = b[pc[0]];
    while (i < n && j < m) {
      double x = Math.min(s, t);
      total += x * cost[pr[i] * m + pc[j]];
      s -= x;
      t -= x;
      if (s <= t) {
        if (++i < n) s = a[pr[i]];
      } else {
        if (++j < m) t = b[pc[j]];
      }
    }
    return total;
  }

  @Test
  void singleSourceOrSingleTargetSplitsByTheOtherSidesWeights() {
    double[] b = {0.2, 0.5, 0.3};
    SparsePlan plan = ExactTransport.solve(new double[] {4, 1, 9}, new double[] {1}, b);
    assertFeasibleBasic(plan, new double[] {1}, b, "1×3");
    assertEquals(0.2 * 4 + 0.5 * 1 + 0.3 * 9, plan.cost(new double[] {4, 1, 9}), 1e-15);
    SparsePlan one = ExactTransport.solve(new double[] {7}, new double[] {2}, new double[] {2});
    assertEquals(1, one.nonzeros());
    assertEquals(2.0, one.mass()[0], 0.0);
  }

  @Test
  void degenerateInputs() {
    int n = 20;
    // All costs equal: every plan is optimal; the answer must still be a feasible basic plan.
    double[] flat = new double[n * n];
    Arrays.fill(flat, 3.5);
    SparsePlan plan = ExactTransport.solve(flat, uniform(n, 1), uniform(n, 1));
    assertFeasibleBasic(plan, uniform(n, 1), uniform(n, 1), "all costs equal");
    assertEquals(3.5 * n, plan.cost(flat), 1e-12);

    // Duplicate points on both sides: ties everywhere, optimum 0 by matching copies.
    Random rnd = new Random(3);
    float[] base = new float[5 * 2];
    for (int i = 0; i < base.length; i++) base[i] = (float) rnd.nextGaussian();
    float[] x = new float[n * 2];
    for (int i = 0; i < n; i++) System.arraycopy(base, (i % 5) * 2, x, i * 2, 2);
    float[] y = new float[n * 2];
    for (int i = 0; i < n; i++) System.arraycopy(base, ((i * 3) % 5) * 2, y, i * 2, 2);
    double[] dup = widen(SquaredEuclidean.matrix(x, n, y, n, 2));
    SparsePlan dupPlan = ExactTransport.solve(dup, uniform(n, 1), uniform(n, 1));
    assertFeasibleBasic(dupPlan, uniform(n, 1), uniform(n, 1), "duplicates");
    assertEquals(0.0, dupPlan.cost(dup), 0.0);

    // Costs over 12 orders of magnitude (1e-6 .. 1e6): still the brute-force optimum to 1e-12.
    int k = 7;
    for (int seed = 0; seed < 50; seed++) {
      Random r = new Random(seed);
      double[] wide = new double[k * k];
      for (int e = 0; e < wide.length; e++) wide[e] = Math.pow(10, -6 + r.nextInt(13)) * (1 + r.nextDouble());
      SparsePlan widePlan = ExactTransport.solve(wide, uniform(k, 1), uniform(k, 1));
      assertFeasibleBasic(widePlan, uniform(k, 1), uniform(k, 1), "12 orders, seed " + seed);
      double best = TransportOracle.assignmentOptimum(wide, k);
      assertEquals(best, widePlan.cost(wide), 1e-12 * best, "12 orders, seed " + seed);
    }
    // Over 24 orders double precision cannot see the small costs next to the large ones: the plan
    // is feasible and optimal to the documented 1e-14·max|C|·(n + m).
    for (int seed = 0; seed < 50; seed++) {
      Random r = new Random(seed);
      double[] wide = new double[k * k];
      double max = 0;
      for (int e = 0; e < wide.length; e++) {
        wide[e] = Math.pow(10, -12 + r.nextInt(25)) * (1 + r.nextDouble());
        max = Math.max(max, wide[e]);
      }
      SparsePlan widePlan = ExactTransport.solve(wide, uniform(k, 1), uniform(k, 1));
      assertFeasibleBasic(widePlan, uniform(k, 1), uniform(k, 1), "24 orders, seed " + seed);
      assertEquals(TransportOracle.assignmentOptimum(wide, k), widePlan.cost(wide), 1e-14 * max * 2 * k,
          "24 orders, seed " + seed);
    }
  }

  @Test
  void zeroWeightsTakePartInNoEntryAndTotalsAreRescaled() {
    Random rnd = new Random(8);
    double[] a = {0.3, 0, 0.7, 0};
    double[] b = {0, 0.5, 0.5}; // same total
    double[] cost = new double[12];
    for (int e = 0; e < 12; e++) cost[e] = rnd.nextDouble();
    SparsePlan plan = ExactTransport.solve(cost, a, b);
    assertFeasibleBasic(plan, a, b, "zero weights");
    for (int k = 0; k < plan.nonzeros(); k++) {
      assertTrue(plan.rows()[k] != 1 && plan.rows()[k] != 3 && plan.cols()[k] != 0);
    }
    assertEquals(TransportOracle.lpOptimum(cost, a, b), plan.cost(cost), 1e-15);
    // Totals 1 and 1 + 1e-12 count as equal; b is rescaled so the column sums are b·Σa/Σb.
    SparsePlan rescaled = ExactTransport.solve(new double[] {1, 2, 3, 4}, new double[] {0.5, 0.5},
        new double[] {0.5, 0.5 + 1e-12});
    assertEquals(1.0, rescaled.totalMass(), 1e-15);
  }

  @Test
  void rejectsBadInputNamingIt() {
    double[] w2 = {0.5, 0.5};
    assertEquals("cost[2] is NaN", assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[] {0, 1, Double.NaN, 0}, w2, w2)).getMessage());
    assertEquals("a[1] is +Infinity", assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[4], new double[] {0.5, Double.POSITIVE_INFINITY}, w2)).getMessage());
    assertEquals("a.length = 0, must be >= 1", assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[0], new double[0], w2)).getMessage());
    assertEquals("cost has 5 values, expected a.length*b.length = 6", assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[5], w2, new double[] {0.2, 0.3, 0.5})).getMessage());
    assertEquals("b[0] is -0.5, weights must be >= 0", assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[4], w2, new double[] {-0.5, 1.5})).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[4], w2, new double[] {0.5, 0.6})).getMessage()
        .startsWith("a sums to 1.0 but b sums to 1.1"));
    assertEquals("a has total weight 0; at least one weight must be positive", assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[4], new double[2], new double[2])).getMessage());
    assertEquals("b is null", assertThrows(IllegalArgumentException.class,
        () -> ExactTransport.solve(new double[4], w2, null)).getMessage());
  }
}
