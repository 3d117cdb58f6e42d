package io.flowbridge.ot.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlanSamplerTest {
  /**
   * Each entry's count among k draws is Binomial(k, p); the test allows 5 standard deviations
   * (plus one draw), so a correct sampler fails it with probability far below 1e-5.
   */
  private static void assertFrequencies(double[] mass, int[] counts, int k) {
    double total = Arrays.stream(mass).sum();
    for (int e = 0; e < mass.length; e++) {
      double p = mass[e] / total;
      double sd = Math.sqrt(k * p * (1 - p));
      assertEquals(k * p, counts[e], 5 * sd + 1, "entry " + e + " with probability " + p);
    }
  }

  @Test
  void densePlanFrequenciesMatchTheNormalisedMasses() {
    // Unnormalised on purpose (total 4): the sampler draws from π / Σπ.
    double[] mass = {0.4, 0.0, 1.2, 0.8, 0.0, 1.6};
    DensePlan plan = new DensePlan(mass, 2, 3);
    int k = 200_000;
    IndexPairs pairs = PlanSampler.sample(plan, k, new SplittableRandom(1));
    int[] counts = new int[6];
    for (int t = 0; t < k; t++) {
      counts[pairs.rows()[t] * 3 + pairs.cols()[t]]++;
    }
    assertEquals(0, counts[1], "entries of mass 0 are never drawn");
    assertEquals(0, counts[4], "entries of mass 0 are never drawn");
    assertFrequencies(mass, counts, k);
  }

  @Test
  void sparsePlanFrequenciesMatchTheMasses() {
    SparsePlan plan = new SparsePlan(new int[] {0, 1, 1, 2}, new int[] {1, 0, 2, 2},
        new double[] {1e-3, 0.5, 0.299, 0.2}, 3, 3);
    int k = 100_000;
    IndexPairs pairs = PlanSampler.sample(plan, k, new SplittableRandom(2));
    int[] counts = new int[4];
    for (int t = 0; t < k; t++) {
      int e = -1;
      for (int q = 0; q < 4; q++) {
        if (plan.rows()[q] == pairs.rows()[t] && plan.cols()[q] == pairs.cols()[t]) e = q;
      }
      assertTrue(e >= 0, "pair " + t + " is not an entry of the plan");
      counts[e]++;
    }
    assertFrequencies(plan.mass(), counts, k);
  }

  @Test
  void drawsAreInRandomOrderNotSorted() {
    // Two equally likely entries: if the sorted sweep were returned as is, the first draw would
    // almost always be entry 0. With the shuffle it is entry 0 in about half of the seeds.
    double[] mass = {1, 1};
    int firstIsZero = 0;
    int seeds = 2000;
    for (int seed = 0; seed < seeds; seed++) {
      if (PlanSampler.draw(mass, 50, new SplittableRandom(seed))[0] == 0) firstIsZero++;
    }
    assertEquals(seeds / 2.0, firstIsZero, 5 * Math.sqrt(seeds / 4.0));
  }

  @Test
  void sameSeedSameDrawsOtherSeedOtherDraws() {
    double[] mass = new double[64];
    for (int e = 0; e < mass.length; e++) mass[e] = 1 + e % 5;
    DensePlan plan = new DensePlan(mass, 8, 8);
    IndexPairs a = PlanSampler.sample(plan, 100, new SplittableRandom(7));
    IndexPairs b = PlanSampler.sample(plan, 100, new SplittableRandom(7));
    IndexPairs c = PlanSampler.sample(plan, 100, new SplittableRandom(8));
    assertArrayEquals(a.rows(), b.rows());
    assertArrayEquals(a.cols(), b.cols());
    assertFalse(Arrays.equals(a.rows(), c.rows()) && Arrays.equals(a.cols(), c.cols()));
  }

  @Test
  void aSingleEntryIsAlwaysDrawnAndZeroDrawsAreEmpty() {
    IndexPairs pairs = PlanSampler.sample(
        new SparsePlan(new int[] {2}, new int[] {1}, new double[] {1e-300}, 3, 2), 5, new SplittableRandom(3));
    assertArrayEquals(new int[] {2, 2, 2, 2, 2}, pairs.rows());
    assertArrayEquals(new int[] {1, 1, 1, 1, 1}, pairs.cols());
    assertEquals(0, PlanSampler.sample(new DensePlan(new double[4], 2, 2), 0, new SplittableRandom(3)).size());
  }

  @Test
  void rejectsPlansWithoutMassAndBadInputs() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PlanSampler.sample(new DensePlan(new double[4], 2, 2), 3, new SplittableRandom(1)))
        .getMessage().startsWith("plan has no mass"));
    assertEquals("mass[1] is -1.0, masses must be finite and >= 0", assertThrows(IllegalArgumentException.class,
        () -> PlanSampler.draw(new double[] {1, -1}, 3, new SplittableRandom(1))).getMessage());
    assertEquals("mass[0] is Infinity, masses must be finite and >= 0", assertThrows(IllegalArgumentException.class,
        () -> PlanSampler.draw(new double[] {Double.POSITIVE_INFINITY}, 3, new SplittableRandom(1))).getMessage());
    assertEquals("k = -1, must be >= 0", assertThrows(IllegalArgumentException.class,
        () -> PlanSampler.draw(new double[] {1}, -1, new SplittableRandom(1))).getMessage());
  }
}
