package io.flowbridge.ot.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.plan.DensePlan;
import io.flowbridge.ot.transport.ExactTransport;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SinkhornTest {

  /** Squared distances between two 2D Gaussian clouds, divided by their max (as the coupling does). */
  static double[] normalisedCost(int n, int m, long seed) {
    Random rnd = new Random(seed);
    double[][] x = new double[n][2];
    double[][] y = new double[m][2];
    for (double[] p : x) { p[0] = rnd.nextGaussian(); p[1] = rnd.nextGaussian(); }
    for (double[] p : y) { p[0] = 1 + 2 * rnd.nextGaussian(); p[1] = rnd.nextGaussian(); }
    return normalisedSquaredDistances(x, y);
  }

  /** ‖x_i − y_j‖² for 2-D points, row-major, divided by the largest. */
  static double[] normalisedSquaredDistances(double[][] x, double[][] y) {
    int n = x.length;
    int m = y.length;
    double[] c = new double[n * m];
    double max = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double dx = x[i][0] - y[j][0];
        double dy = x[i][1] - y[j][1];
        c[i * m + j] = dx * dx + dy * dy;
        max = Math.max(max, c[i * m + j]);
      }
    }
    for (int e = 0; e < c.length; e++) c[e] /= max;
    return c;
  }

  static double[] uniform(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    return w;
  }

  static double[] randomWeights(int n, long seed) {
    Random rnd = new Random(seed);
    double[] w = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) s += w[i] = 0.2 + rnd.nextDouble();
    for (int i = 0; i < n; i++) w[i] /= s;
    return w;
  }

  private static void assertAllFinite(DensePlan plan, String what) {
    for (double p : plan.mass()) {
      assertTrue(p >= 0 && Double.isFinite(p), what + ": plan entry " + p);
    }
  }

  @Test
  void marginalsHoldToTheTolerance() {
    int[][] shapes = {{1, 1}, {1, 7}, {9, 1}, {5, 5}, {17, 40}, {64, 64}, {130, 70}};
    for (int[] s : shapes) {
      for (double tol : new double[] {1e-3, 1e-6, 1e-10}) {
        double[] cost = normalisedCost(s[0], s[1], 7 * s[0] + s[1]);
        double[] a = randomWeights(s[0], s[0]);
        double[] b = randomWeights(s[1], s[1] + 100);
        SinkhornResult r = Sinkhorn.solve(cost, a, b, new SinkhornOptions(0.05, tol, 10_000, false));
        String what = s[0] + "×" + s[1] + ", tol " + tol;
        assertTrue(r.converged(), what);
        assertAllFinite(r.plan(), what);
        double measured = r.plan().marginalError(a, b);
        assertTrue(measured <= tol, what + ": marginal error " + measured);
        assertEquals(measured, r.marginalError(), 1e-13, what + ": reported marginal error");
        assertEquals(r.plan().cost(cost), r.cost(), 1e-12, what + ": reported cost");
        assertTrue(r.iterations() >= 1, what);
      }
    }
  }

  @Test
  void matchesPotOnAFixedInstance() {
    // POT 0.9.7: ot.sinkhorn(a, b, C, 0.1, stopThr=1e-15) on C_ij = ((i+1)(j+2) mod 7)/7 + i/10.
    double[] c = potCost();
    double[] a = {0.1, 0.2, 0.3, 0.4};
    double[] b = {0.3, 0.1, 0.2, 0.25, 0.15};
    SinkhornResult r = Sinkhorn.solve(c, a, b, new SinkhornOptions(0.1, 1e-14, 100_000, false));
    assertTrue(r.converged());
    assertEquals(0.436421801342763, r.cost(), 1e-12);
    assertEquals(6.07043484e-02, r.plan().get(0, 0), 1e-10);
    assertEquals(2.35762740e-01, r.plan().get(3, 0), 1e-9);
    assertEquals(9.16147500e-05, r.plan().get(2, 0), 1e-13);
  }

  static double[] potCost() {
    double[] c = new double[20];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 5; j++) c[i * 5 + j] = ((i + 1) * (j + 2) % 7) / 7.0 + 0.1 * i;
    }
    return c;
  }

  @Test
  void agreesWithAPlainLogDomainSinkhornOnAdversarialInstances() {
    Random rnd = new Random(3);
    // (cost, ε): moderate; tiny ε on a normalised cost; one source far from every target (its row
    // of exp(−C/ε) underflows); one target far from every source (its column underflows); costs
    // spanning 1e-6 .. 1e6 with ε = 1.
    int n = 12;
    int m = 9;
    double[][] costs = new double[5][];
    double[] eps = {0.1, 0.01, 0.05, 0.05, 1.0};
    costs[0] = normalisedCost(n, m, 1);
    costs[1] = normalisedCost(n, m, 2);
    costs[2] = normalisedCost(n, m, 3);
    for (int j = 0; j < m; j++) costs[2][3 * m + j] += 500;
    costs[3] = normalisedCost(n, m, 4);
    for (int i = 0; i < n; i++) costs[3][i * m + 5] += 300 + 10 * rnd.nextDouble();
    costs[4] = new double[n * m];
    for (int e = 0; e < n * m; e++) costs[4][e] = Math.pow(10, -6 + rnd.nextInt(13)) * rnd.nextDouble();
    double[] a = randomWeights(n, 5);
    double[] b = randomWeights(m, 6);
    for (int k = 0; k < costs.length; k++) {
      double[] expected = LogDomainReference.plan(costs[k], a, b, eps[k], Double.POSITIVE_INFINITY, 20_000);
      SinkhornResult r = Sinkhorn.solve(costs[k], a, b, new SinkhornOptions(eps[k], 1e-12, 100_000, false));
      assertTrue(r.converged(), "instance " + k + ": " + r.marginalError());
      assertAllFinite(r.plan(), "instance " + k);
      assertArrayEquals(expected, r.plan().mass(), 1e-9, "instance " + k);
    }
  }

  @Test
  void bothKernelLayoutsGiveTheSamePlan() {
    // Small kernels keep Kᵀ too (two vectorised passes), large ones one fused pass: same iterates
    // up to the order of summation, including the repair paths (outlier row and column, tiny ε).
    int n = 23;
    int m = 17;
    double[] a = randomWeights(n, 1);
    double[] b = randomWeights(m, 2);
    double[][] costs = {normalisedCost(n, m, 3), normalisedCost(n, m, 4), normalisedCost(n, m, 5)};
    for (int j = 0; j < m; j++) costs[1][4 * m + j] += 400;
    for (int i = 0; i < n; i++) costs[2][i * m + 6] += 250;
    double[] eps = {0.05, 0.02, 0.01};
    for (int k = 0; k < costs.length; k++) {
      for (double regM : new double[] {Double.POSITIVE_INFINITY, 0.5}) {
        SinkhornOptions options = new SinkhornOptions(eps[k], 1e-12, 100_000, k == 2);
        SinkhornResult fused = new StabilizedSinkhorn(costs[k], a, b, regM, false).solve(options);
        SinkhornResult twoPass = new StabilizedSinkhorn(costs[k], a, b, regM, true).solve(options);
        String what = "instance " + k + ", regM " + regM;
        assertTrue(fused.converged() && twoPass.converged(), what);
        assertArrayEquals(fused.plan().mass(), twoPass.plan().mass(), 1e-12, what);
        assertEquals(fused.cost(), twoPass.cost(), 1e-12, what);
      }
    }
    // The public entry point picks the layout by size; a kernel above the limit takes the fused pass.
    int big = 400;
    assertTrue((long) big * big > StabilizedSinkhorn.TRANSPOSED_MAX_ENTRIES);
    double[] w = uniform(big);
    SinkhornResult r = Sinkhorn.solve(normalisedCost(big, big, 6), w, w, new SinkhornOptions(0.05, 1e-9, 1000, false));
    assertTrue(r.converged());
    assertTrue(r.plan().marginalError(w, w) <= 1e-9);
  }

  @Test
  void costDecreasesMonotonicallyToTheExactCostAsEpsilonShrinks() {
    int n = 30;
    double[] cost = normalisedCost(n, n, 11);
    double[] w = uniform(n);
    double exact = ExactTransport.solve(cost, w, w).cost(cost);
    double previous = Double.POSITIVE_INFINITY;
    double[] regs = {1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005};
    double previousGap = Double.POSITIVE_INFINITY;
    for (double reg : regs) {
      SinkhornResult r = Sinkhorn.solve(cost, w, w, new SinkhornOptions(reg, 1e-9, 100_000, true));
      assertTrue(r.converged(), "reg " + reg);
      // ⟨C, π_ε⟩ is non-decreasing in ε, and ⟨C, π_ε⟩ − OT ≤ ε·log(n·m) (the entropy range); a
      // marginal error δ moves the cost by at most δ·max C = 1e-9.
      assertTrue(r.cost() <= previous + 1e-9, "reg " + reg + ": " + r.cost() + " > " + previous);
      double gap = r.cost() - exact;
      assertTrue(gap >= -1e-9, "reg " + reg + ": below the exact cost");
      assertTrue(gap <= reg * Math.log((double) n * n), "reg " + reg + ": gap " + gap);
      assertTrue(gap < previousGap, "reg " + reg);
      previous = r.cost();
      previousGap = gap;
    }
    assertEquals(exact, previous, 0.1 * exact, "ε = 0.005 is within 10% of the exact cost");
  }

  @Test
  void tinyEpsilonStaysFiniteInTheLogDomain() {
    int n = 64;
    double[] cost = normalisedCost(n, n, 21);
    double[] w = uniform(n);
    // Plain exp(−C/ε) would underflow to 0 for almost every entry (C/ε up to 1000).
    SinkhornResult r = Sinkhorn.solve(cost, w, w, new SinkhornOptions(1e-3, 1e-4, 20_000, true));
    assertAllFinite(r.plan(), "reg 1e-3");
    assertTrue(r.converged(), "reg 1e-3: " + r.marginalError() + " after " + r.iterations());
    assertTrue(r.plan().marginalError(w, w) <= 1e-4);
    double exact = ExactTransport.solve(cost, w, w).cost(cost);
    assertTrue(r.cost() >= exact - 1e-4 && r.cost() - exact <= 1e-3 * Math.log(n * n), r.cost() + " vs " + exact);
    // Even smaller, without ε-scaling and few iterations: finite, honestly not converged.
    SinkhornResult raw = Sinkhorn.solve(cost, w, w, new SinkhornOptions(1e-5, 1e-9, 50, false));
    assertAllFinite(raw.plan(), "reg 1e-5");
    assertTrue(Double.isFinite(raw.cost()) && Double.isFinite(raw.marginalError()));
    assertFalse(raw.converged());
  }

  @Test
  void anIterationCapOfOneReportsNonConvergence() {
    int n = 40;
    double[] cost = normalisedCost(n, n, 5);
    SinkhornResult r = Sinkhorn.solve(cost, uniform(n), uniform(n), new SinkhornOptions(0.05, 1e-9, 1, false));
    assertFalse(r.converged());
    assertEquals(1, r.iterations());
    assertTrue(r.marginalError() > 1e-9, "the reported error is the real one: " + r.marginalError());
    assertEquals(r.plan().marginalError(uniform(n), uniform(n)), r.marginalError(), 1e-15);
    // The cap counts ε-scaling stages together.
    SinkhornResult scaled = Sinkhorn.solve(cost, uniform(n), uniform(n), new SinkhornOptions(0.001, 1e-9, 3, true));
    assertFalse(scaled.converged());
    assertEquals(3, scaled.iterations());
  }

  @Test
  void allEqualCostsGiveTheIndependentPlan() {
    double[] a = {0.1, 0.6, 0.3};
    double[] b = {0.5, 0.25, 0.25};
    double[] cost = new double[9];
    Arrays.fill(cost, 4.2);
    SinkhornResult r = Sinkhorn.solve(cost, a, b, SinkhornOptions.of(0.01));
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) assertEquals(a[i] * b[j], r.plan().get(i, j), 1e-15);
    }
    assertEquals(4.2, r.cost(), 1e-14);
  }

  @Test
  void singlePointsAndZeroWeights() {
    SinkhornResult one = Sinkhorn.solve(new double[] {3}, new double[] {2}, new double[] {2}, SinkhornOptions.of(0.1));
    assertEquals(2.0, one.plan().get(0, 0), 1e-15);
    assertEquals(6.0, one.cost(), 1e-14);
    double[] b = {0.2, 0.5, 0.3};
    SinkhornResult row = Sinkhorn.solve(new double[] {5, 1, 9}, new double[] {1}, b, SinkhornOptions.of(0.1));
    assertArrayEquals(b, row.plan().mass(), 1e-15);
    // Zero weights: their rows and columns are exactly 0, the rest as without them.
    double[] a = {0.5, 0, 0.5};
    double[] b2 = {0, 0.4, 0.6};
    double[] cost = normalisedCost(3, 3, 9);
    SinkhornResult r = Sinkhorn.solve(cost, a, b2, new SinkhornOptions(0.05, 1e-12, 1000, false));
    assertEquals(3, r.plan().n());
    assertEquals(3, r.plan().m());
    for (int k = 0; k < 3; k++) {
      assertEquals(0.0, r.plan().get(1, k), 0.0);
      assertEquals(0.0, r.plan().get(k, 0), 0.0);
    }
    assertTrue(r.plan().marginalError(a, b2) <= 1e-12);
  }

  @Test
  void rejectsBadInputNamingIt() {
    double[] w = {0.5, 0.5};
    SinkhornOptions o = SinkhornOptions.of(0.1);
    assertEquals("cost[3] is -Infinity", assertThrows(IllegalArgumentException.class,
        () -> Sinkhorn.solve(new double[] {0, 0, 0, Double.NEGATIVE_INFINITY}, w, w, o)).getMessage());
    assertEquals("cost has 3 values, expected a.length*b.length = 4", assertThrows(IllegalArgumentException.class,
        () -> Sinkhorn.solve(new double[3], w, w, o)).getMessage());
    assertEquals("b.length = 0, must be >= 1", assertThrows(IllegalArgumentException.class,
        () -> Sinkhorn.solve(new double[0], w, new double[0], o)).getMessage());
    assertEquals("a[0] is NaN", assertThrows(IllegalArgumentException.class,
        () -> Sinkhorn.solve(new double[4], new double[] {Double.NaN, 1}, w, o)).getMessage());
    assertEquals("a[1] is -0.5, weights must be >= 0", assertThrows(IllegalArgumentException.class,
        () -> Sinkhorn.solve(new double[4], new double[] {1.5, -0.5}, w, o)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Sinkhorn.solve(new double[4], new double[] {1, 1}, w, o)).getMessage().startsWith("a sums to 2.0 but b sums to 1.0"));
    assertEquals("options is null", assertThrows(IllegalArgumentException.class,
        () -> Sinkhorn.solve(new double[4], w, w, null)).getMessage());
    assertEquals("reg = 0.0, must be finite and > 0",
        assertThrows(IllegalArgumentException.class, () -> SinkhornOptions.of(0)).getMessage());
    assertEquals("tolerance = NaN, must be finite and >= 0", assertThrows(IllegalArgumentException.class,
        () -> new SinkhornOptions(0.1, Double.NaN, 10, false)).getMessage());
    assertEquals("maxIterations = 0, must be >= 1", assertThrows(IllegalArgumentException.class,
        () -> new SinkhornOptions(0.1, 1e-6, 0, false)).getMessage());
  }
}
