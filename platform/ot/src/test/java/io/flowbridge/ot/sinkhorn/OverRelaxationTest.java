package io.flowbridge.ot.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Over-relaxed balanced Sinkhorn against plain Sinkhorn: same plans, fewer iterations, no divergence. */
class OverRelaxationTest {

  /** The SinkhornBenchmark instance: two N(0, I) clouds in 2-D (float costs), divided by the max. */
  static double[] benchmarkCost(int n) {
    SplittableRandom random = new SplittableRandom(1_000_003L * n);
    float[] x0 = new float[n * 2];
    float[] x1 = new float[n * 2];
    for (int k = 0; k < x0.length; k++) {
      x0[k] = (float) random.nextGaussian();
      x1[k] = (float) random.nextGaussian();
    }
    float[] c = SquaredEuclidean.matrix(x0, n, x1, n, 2);
    float max = 0;
    for (float v : c) max = Math.max(max, v);
    double[] out = new double[c.length];
    for (int e = 0; e < c.length; e++) out[e] = c[e] * (1.0 / max);
    return out;
  }

  /** N(0, I) noise against 8 Gaussians (MATH.md §7: centres 5·(cos kπ/4, sin kπ/4), std 0.5623). */
  static double[] clusteredCost(int n, long seed) {
    Random rnd = new Random(seed);
    double[][] x = new double[n][2];
    double[][] y = new double[n][2];
    for (int i = 0; i < n; i++) {
      x[i][0] = rnd.nextGaussian();
      x[i][1] = rnd.nextGaussian();
      int k = rnd.nextInt(8);
      y[i][0] = 5 * Math.cos(k * Math.PI / 4) + 0.5623 * rnd.nextGaussian();
      y[i][1] = 5 * Math.sin(k * Math.PI / 4) + 0.5623 * rnd.nextGaussian();
    }
    return SinkhornTest.normalisedSquaredDistances(x, y);
  }

  private static SinkhornResult solve(double[] cost, double[] a, double[] b, double reg, double tol, int cap,
      boolean scaling, boolean relax) {
    return Sinkhorn.solve(cost, a, b, new SinkhornOptions(reg, tol, cap, scaling, relax));
  }

  private static double l1(double[] x, double[] y) {
    double s = 0;
    for (int k = 0; k < x.length; k++) s += Math.abs(x[k] - y[k]);
    return s;
  }

  @Test
  void theDefaultIsOnAndCanBeSwitchedOff() {
    assertTrue(SinkhornOptions.of(0.1).overRelaxation());
    assertTrue(new SinkhornOptions(0.1, 1e-6, 10, false).overRelaxation());
    SinkhornOptions off = SinkhornOptions.of(0.1).withOverRelaxation(false);
    assertFalse(off.overRelaxation());
    assertEquals(new SinkhornOptions(0.1, 1e-6, 1000, false, false), off);
  }

  @Test
  void plansAgreeWithAndWithoutOverRelaxation() {
    // (name, cost, a, b, ε, ε-scaling): Gaussian clouds, clustered targets, small ε, non-uniform
    // weights, rectangular, and both kernel layouts (n·m above and below the Kᵀ limit).
    int n = 96;
    double[] u = SinkhornTest.uniform(n);
    Object[][] cases = {
        {"gaussian clouds", benchmarkCost(n), u, u, 0.05, false},
        {"gaussian clouds, ε 0.01", benchmarkCost(n), u, u, 0.01, false},
        {"8 gaussians", clusteredCost(n, 3), u, u, 0.05, false},
        {"8 gaussians, ε 0.005", clusteredCost(n, 4), u, u, 0.005, false},
        {"small ε 0.002, ε-scaling", SinkhornTest.normalisedCost(n, n, 5), u, u, 0.002, true},
        {"non-uniform weights", SinkhornTest.normalisedCost(n, n, 6), SinkhornTest.randomWeights(n, 7),
            SinkhornTest.randomWeights(n, 8), 0.02, false},
        {"rectangular 70×130", SinkhornTest.normalisedCost(70, 130, 9), SinkhornTest.randomWeights(70, 10),
            SinkhornTest.randomWeights(130, 11), 0.03, false},
        {"fused layout 400×400", benchmarkCost(400), SinkhornTest.uniform(400), SinkhornTest.uniform(400), 0.01, false},
    };
    double tol = 1e-10;
    for (Object[] c : cases) {
      String what = (String) c[0];
      double[] cost = (double[]) c[1];
      double[] a = (double[]) c[2];
      double[] b = (double[]) c[3];
      double reg = (double) c[4];
      boolean scaling = (boolean) c[5];
      SinkhornResult plain = solve(cost, a, b, reg, tol, 100_000, scaling, false);
      SinkhornResult relaxed = solve(cost, a, b, reg, tol, 100_000, scaling, true);
      assertTrue(plain.converged() && relaxed.converged(), what);
      double measured = relaxed.plan().marginalError(a, b);
      assertTrue(measured <= tol, what + ": marginal error " + measured);
      assertEquals(measured, relaxed.marginalError(), 1e-13, what + ": reported error");
      assertTrue(relaxed.iterations() <= plain.iterations(), what + ": " + relaxed.iterations() + " > " + plain.iterations());
      // Two plans within 1e-10 of the same marginals: the same fixed point to ~1e-9 in L1.
      double diff = l1(plain.plan().mass(), relaxed.plan().mass());
      assertTrue(diff <= 1e-8, what + ": plans differ by " + diff + " in L1");
      assertEquals(plain.cost(), relaxed.cost(), 1e-9, what + ": cost");
    }
  }

  @Test
  void agreesWithThePlainLogDomainReferenceOnAdversarialInstances() {
    // Instances of SinkhornTest's oracle test: an outlier row, an outlier column, costs spanning
    // 1e-6..1e6 with ε = 1, where kernel lines underflow and get rebuilt or absorbed.
    Random rnd = new Random(3);
    int n = 12;
    int m = 9;
    double[][] costs = new double[3][];
    double[] eps = {0.05, 0.05, 1.0};
    costs[0] = SinkhornTest.normalisedCost(n, m, 3);
    for (int j = 0; j < m; j++) costs[0][3 * m + j] += 500;
    costs[1] = SinkhornTest.normalisedCost(n, m, 4);
    for (int i = 0; i < n; i++) costs[1][i * m + 5] += 300 + 10 * rnd.nextDouble();
    costs[2] = new double[n * m];
    for (int e = 0; e < n * m; e++) costs[2][e] = Math.pow(10, -6 + rnd.nextInt(13)) * rnd.nextDouble();
    double[] a = SinkhornTest.randomWeights(n, 5);
    double[] b = SinkhornTest.randomWeights(m, 6);
    for (int k = 0; k < costs.length; k++) {
      double[] expected = LogDomainReference.plan(costs[k], a, b, eps[k], Double.POSITIVE_INFINITY, 20_000);
      SinkhornResult r = solve(costs[k], a, b, eps[k], 1e-12, 100_000, false, true);
      assertTrue(r.converged(), "instance " + k + ": " + r.marginalError());
      assertArrayEquals(expected, r.plan().mass(), 1e-9, "instance " + k);
    }
  }

  @Test
  void fewerIterationsOnTheBenchmarkInstances() {
    // Measured (plain → relaxed): n = 256, ε = 0.05: 13 → 10, 20 → 14, 25 → 17 for tolerances
    // 1e-6, 1e-9, 1e-11; ε = 0.01: 60 → 23, 99 → 32, 125 → 38.
    for (int n : new int[] {64, 256}) {
      double[] cost = benchmarkCost(n);
      double[] w = SinkhornTest.uniform(n);
      for (double reg : new double[] {0.05, 0.01}) {
        for (double tol : new double[] {1e-6, 1e-9, 1e-11}) {
          SinkhornResult plain = solve(cost, w, w, reg, tol, 10_000, false, false);
          SinkhornResult relaxed = solve(cost, w, w, reg, tol, 10_000, false, true);
          String what = "n " + n + ", ε " + reg + ", tol " + tol;
          assertTrue(plain.converged() && relaxed.converged(), what);
          assertTrue(relaxed.plan().marginalError(w, w) <= tol, what);
          assertTrue(relaxed.iterations() <= plain.iterations(), what + ": " + relaxed.iterations() + " > " + plain.iterations());
        }
      }
    }
    double[] cost = benchmarkCost(256);
    double[] w = SinkhornTest.uniform(256);
    SinkhornResult plain = solve(cost, w, w, 0.05, 1e-11, 10_000, false, false);
    SinkhornResult relaxed = solve(cost, w, w, 0.05, 1e-11, 10_000, false, true);
    assertTrue(relaxed.iterations() <= 0.8 * plain.iterations(), relaxed.iterations() + " vs " + plain.iterations());
    SinkhornResult slowPlain = solve(cost, w, w, 0.01, 1e-11, 10_000, false, false);
    SinkhornResult slowRelaxed = solve(cost, w, w, 0.01, 1e-11, 10_000, false, true);
    assertTrue(slowRelaxed.iterations() <= 0.5 * slowPlain.iterations(),
        slowRelaxed.iterations() + " vs " + slowPlain.iterations());
  }

  @Test
  void neverDivergesOnAdversarialInstances() {
    // Tiny ε on a cost spanning nine orders of magnitude, an outlier row and column, without
    // ε-scaling: whatever the iteration cap, the result is finite and its reported error is the
    // plan's; when converged it is within the tolerance and the same plan as plain Sinkhorn's.
    int n = 40;
    Random rnd = new Random(17);
    double[] cost = new double[n * n];
    for (int e = 0; e < cost.length; e++) cost[e] = Math.pow(10, -3 + 9 * rnd.nextDouble());
    for (int j = 0; j < n; j++) cost[7 * n + j] += 1e7;
    for (int i = 0; i < n; i++) cost[i * n + 11] += 5e6;
    double[] a = SinkhornTest.randomWeights(n, 1);
    double[] b = SinkhornTest.randomWeights(n, 2);
    double[] eps = {1e3, 1e1, 1e-1};
    for (double reg : eps) {
      for (int cap : new int[] {1, 3, 10, 100, 100_000}) {
        String what = "ε " + reg + ", cap " + cap;
        SinkhornResult r = solve(cost, a, b, reg, 1e-9, cap, false, true);
        for (double p : r.plan().mass()) assertTrue(p >= 0 && Double.isFinite(p), what + ": entry " + p);
        double measured = r.plan().marginalError(a, b);
        assertTrue(Double.isFinite(r.cost()), what);
        assertEquals(measured, r.marginalError(), 1e-12, what + ": reported error");
        assertEquals(measured <= 1e-9, r.converged(), what + ": converged flag");
        assertTrue(r.iterations() <= cap, what);
        if (cap == 100_000) {
          SinkhornResult plain = solve(cost, a, b, reg, 1e-9, cap, false, false);
          assertTrue(plain.converged() && r.converged(), what);
          assertTrue(l1(plain.plan().mass(), r.plan().mass()) <= 1e-7, what);
        }
      }
    }
    // ε far below the cost scale, no scaling, a short cap: honestly not converged, still finite.
    double[] c = SinkhornTest.normalisedCost(64, 64, 21);
    double[] w = SinkhornTest.uniform(64);
    SinkhornResult raw = solve(c, w, w, 1e-5, 1e-9, 50, false, true);
    for (double p : raw.plan().mass()) assertTrue(p >= 0 && Double.isFinite(p));
    assertFalse(raw.converged());
    assertEquals(raw.plan().marginalError(w, w), raw.marginalError(), 1e-12);
  }

  @Test
  void theErrorAtTheCapIsNoWorseThanPlainSinkhornsForLong() {
    // Over many iterations the safeguards keep the relaxed error at or below the plain one.
    double[] cost = SinkhornTest.normalisedCost(64, 64, 22);
    double[] w = SinkhornTest.uniform(64);
    for (int cap : new int[] {200, 1000, 3000}) {
      SinkhornResult plain = solve(cost, w, w, 0.002, 0, cap, false, false);
      SinkhornResult relaxed = solve(cost, w, w, 0.002, 0, cap, false, true);
      assertFalse(relaxed.converged());
      assertTrue(relaxed.marginalError() <= plain.marginalError(),
          "cap " + cap + ": " + relaxed.marginalError() + " > " + plain.marginalError());
    }
  }

  @Test
  void unbalancedTransportIgnoresTheSetting() {
    double[] cost = SinkhornTest.normalisedCost(20, 15, 4);
    double[] a = SinkhornTest.randomWeights(20, 1);
    double[] b = SinkhornTest.randomWeights(15, 2);
    SinkhornOptions on = new SinkhornOptions(0.05, 1e-12, 10_000, false, true);
    SinkhornResult x = UnbalancedSinkhorn.solve(cost, a, b, 0.5, on);
    SinkhornResult y = UnbalancedSinkhorn.solve(cost, a, b, 0.5, on.withOverRelaxation(false));
    assertArrayEquals(x.plan().mass(), y.plan().mass(), 0.0);
    assertEquals(x.iterations(), y.iterations());
  }
}
