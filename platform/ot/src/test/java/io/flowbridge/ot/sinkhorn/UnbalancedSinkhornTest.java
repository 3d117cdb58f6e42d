package io.flowbridge.ot.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UnbalancedSinkhornTest {

  @Test
  void matchesPotOnAFixedInstance() {
    // POT 0.9.7: ot.unbalanced.sinkhorn_unbalanced(a, b, C, 0.1, 0.5, stopThr=1e-15) (reg_type "kl").
    double[] a = {0.1, 0.2, 0.3, 0.4};
    double[] b = {0.3, 0.1, 0.2, 0.25, 0.15};
    SinkhornResult r = UnbalancedSinkhorn.solve(SinkhornTest.potCost(), a, b, 0.5,
        new SinkhornOptions(0.1, 1e-14, 100_000, false));
    assertTrue(r.converged());
    assertEquals(0.260951241837288, r.cost(), 1e-12);
    assertEquals(0.635463896100081, r.plan().totalMass(), 1e-12);
    assertEquals(5.33477966e-02, r.plan().get(0, 0), 1e-10);
    assertEquals(4.94133502e-02, r.plan().get(3, 4), 1e-10);
  }

  @Test
  void agreesWithAPlainLogDomainIterationIncludingOutliers() {
    int n = 10;
    int m = 14;
    double[] cost = SinkhornTest.normalisedCost(n, m, 8);
    for (int j = 0; j < m; j++) cost[2 * m + j] += 200; // an outlier source
    double[] a = SinkhornTest.randomWeights(n, 1);
    double[] b = SinkhornTest.randomWeights(m, 2);
    for (double regM : new double[] {0.05, 1, 20}) {
      double[] expected = LogDomainReference.plan(cost, a, b, 0.02, regM, 20_000);
      SinkhornResult r = UnbalancedSinkhorn.solve(cost, a, b, regM, new SinkhornOptions(0.02, 1e-13, 100_000, false));
      assertTrue(r.converged(), "regM " + regM);
      assertArrayEquals(expected, r.plan().mass(), 1e-10, "regM " + regM);
      // The outlier source is (almost) left untransported instead of paying a cost of 200.
      assertTrue(r.plan().rowMarginals()[2] < 1e-3 * a[2], "regM " + regM);
    }
  }

  @Test
  void approachesBalancedSinkhornAsRegMGrows() {
    int n = 25;
    double[] cost = SinkhornTest.normalisedCost(n, n, 4);
    double[] w = SinkhornTest.uniform(n);
    SinkhornOptions options = new SinkhornOptions(0.05, 1e-13, 100_000, false);
    double[] balanced = Sinkhorn.solve(cost, w, w, options).plan().mass();
    double previous = Double.POSITIVE_INFINITY;
    for (double regM : new double[] {0.1, 1, 10, 100, 1e4, 1e6}) {
      double[] plan = UnbalancedSinkhorn.solve(cost, w, w, regM, options).plan().mass();
      double l1 = 0;
      for (int e = 0; e < plan.length; e++) l1 += Math.abs(plan[e] - balanced[e]);
      assertTrue(l1 < previous, "regM " + regM + ": distance " + l1 + " did not shrink from " + previous);
      previous = l1;
    }
    assertTrue(previous < 1e-6, "regM 1e6: L1 distance to the balanced plan " + previous);
  }

  @Test
  void differentTotalMassesAreAllowed() {
    double[] cost = SinkhornTest.normalisedCost(6, 4, 3);
    double[] a = {1, 1, 1, 1, 1, 1};
    double[] b = {0.5, 0.5, 0.5, 0.5};
    SinkhornResult r = UnbalancedSinkhorn.solve(cost, a, b, 1.0, new SinkhornOptions(0.05, 1e-12, 100_000, false));
    assertTrue(r.converged());
    double mass = r.plan().totalMass();
    assertTrue(mass > 2 && mass < 6, "transported mass " + mass + " lies between the two totals");
  }

  @Test
  void tinyEpsilonStaysFinite() {
    int n = 50;
    double[] cost = SinkhornTest.normalisedCost(n, n, 12);
    double[] w = SinkhornTest.uniform(n);
    SinkhornResult r = UnbalancedSinkhorn.solve(cost, w, w, 1.0, new SinkhornOptions(1e-3, 1e-8, 5000, true));
    for (double p : r.plan().mass()) assertTrue(p >= 0 && Double.isFinite(p));
    assertTrue(Double.isFinite(r.cost()) && Double.isFinite(r.marginalError()));
  }

  @Test
  void rejectsBadRegM() {
    double[] w = {1};
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertTrue(assertThrows(IllegalArgumentException.class,
          () -> UnbalancedSinkhorn.solve(new double[] {1}, w, w, bad, SinkhornOptions.of(0.1)))
          .getMessage().startsWith("regM = "));
    }
    Random rnd = new Random(1);
    assertEquals("b[0] is -1.0, weights must be >= 0", assertThrows(IllegalArgumentException.class,
        () -> UnbalancedSinkhorn.solve(new double[] {rnd.nextDouble()}, w, new double[] {-1}, 1, SinkhornOptions.of(0.1)))
        .getMessage());
  }
}
