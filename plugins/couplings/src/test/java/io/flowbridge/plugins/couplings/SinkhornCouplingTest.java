package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SinkhornCouplingTest {

  /** Fraction of pairs (i, j) with j = match[i]. */
  private static double agreement(Pairing pairing, int[] match) {
    int hits = 0;
    for (int k = 0; k < pairing.size(); k++) {
      if (match[pairing.source()[k]] == pairing.target()[k]) hits++;
    }
    return hits / (double) pairing.size();
  }

  @Test
  void smallRegularisationFollowsTheExactPlanAndLargeIsIndependent() {
    // Targets are the sources shuffled and translated: the exact plan pairs each point with its
    // own translate (see ExactOtCouplingTest).
    int n = 60;
    // Points at least 1 apart: any swap costs ≥ 2, over ten times ε·max C (max C ≈ 150).
    Points source = TestPoints.separated(n, 2, 1.0, 1);
    int[] pi = TestPoints.randomPermutation(n, new SplittableRandom(2));
    float[] moved = source.select(pi).values();
    for (int k = 0; k < moved.length; k++) moved[k] += (k % 2 == 0 ? 0.5f : -0.25f);
    Points target = new Points(moved, n, 2);
    int[] match = new int[n];
    for (int j = 0; j < n; j++) match[pi[j]] = j;

    SinkhornCoupling sharp = new SinkhornCoupling(new SinkhornCouplingOptions(1e-3, true, 1e-4, 20_000, true));
    double sharpAgreement = agreement(sharp.pair(source, target, new SplittableRandom(3)), match);
    assertTrue(sharpAgreement > 0.9, "reg 1e-3: only " + sharpAgreement + " of the pairs follow the exact plan");

    SinkhornCoupling blurred = new SinkhornCoupling(new SinkhornCouplingOptions(1e3));
    int hits = 0;
    int draws = 0;
    for (int seed = 0; seed < 50; seed++) {
      Pairing p = blurred.pair(source, target, new SplittableRandom(seed));
      hits += (int) Math.round(agreement(p, match) * n);
      draws += n;
    }
    // Independent pairs hit the exact match with probability 1/n.
    double expected = draws / (double) n;
    assertEquals(expected, hits, 5 * Math.sqrt(expected) + 1, "reg 1e3 behaves like independent pairs");
  }

  @Test
  void normalisingTheCostEqualsScalingTheRegularisation() {
    Points source = TestPoints.gaussian(40, 3, 0, 7);
    Points target = TestPoints.gaussian(40, 3, 2, 8);
    double maxCost = 0;
    for (int i = 0; i < 40; i++) {
      for (int j = 0; j < 40; j++) maxCost = Math.max(maxCost, (float) TestPoints.squaredDistance(source, i, target, j));
    }
    Pairing normalised = new SinkhornCoupling(new SinkhornCouplingOptions(0.05, true, 1e-9, 1000, false))
        .pair(source, target, new SplittableRandom(9));
    Pairing raw = new SinkhornCoupling(new SinkhornCouplingOptions(0.05 * maxCost, false, 1e-9, 1000, false))
        .pair(source, target, new SplittableRandom(9));
    // The same plan up to rounding, sampled with the same uniforms: the same pairs.
    assertArrayEquals(normalised.source(), raw.source());
    assertArrayEquals(normalised.target(), raw.target());
  }

  @Test
  void nonConvergenceFailsTheBatchWithAdvice() {
    SinkhornCoupling capped = new SinkhornCoupling(new SinkhornCouplingOptions(0.01, true, 1e-9, 2, false));
    var e = assertThrows(FlowbridgeException.class, () -> capped.pair(
        TestPoints.gaussian(30, 2, 0, 1), TestPoints.gaussian(30, 2, 1, 2), new SplittableRandom(1)));
    assertTrue(e.getMessage().startsWith("sinkhorn: Sinkhorn did not converge for reg = 0.01"), e.getMessage());
    assertTrue(e.getMessage().contains("after 2 iterations") && e.getMessage().contains("maxIterations"), e.getMessage());
  }

  @Test
  void unequalBatchSizesGiveOnePairPerSourcePoint() {
    Pairing p = new SinkhornCoupling(new SinkhornCouplingOptions(0.05)).pair(
        TestPoints.gaussian(9, 2, 0, 1), TestPoints.gaussian(4, 2, 1, 2), new SplittableRandom(3));
    assertEquals(9, p.size());
    for (int k = 0; k < 9; k++) assertTrue(p.target()[k] >= 0 && p.target()[k] < 4);
  }

  @Test
  void identicalPointsGiveAValidPlan() {
    // All costs 0: nothing to normalise, the plan is uniform.
    Points same = new Points(new float[20], 10, 2);
    Pairing p = new SinkhornCoupling(new SinkhornCouplingOptions(0.05)).pair(same, same, new SplittableRandom(4));
    assertEquals(10, p.size());
  }
}
