package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * N(0, I) noise against clustered and structured 2-D targets (8 Gaussians, moons), the OT-CFM
 * coupling workload. Column reduction leaves most rows free there, so these inputs take the
 * auction warm start of {@link SparseJonkerVolgenant}; the result must still be optimal.
 */
class ClusteredAssignmentTest {

  private static float[] cost(String target, int n, long seed) {
    Random rnd = new Random(seed);
    float[] noise = ClusteredClouds.draw("gaussian", n, rnd);
    return SquaredEuclidean.matrix(noise, n, ClusteredClouds.draw(target, n, rnd), n, 2);
  }

  @Test
  void matchesDenseReferenceOnClusteredTargets() {
    for (String target : new String[] {"eightGaussians", "moons"}) {
      for (int n : new int[] {129, 256, 300, 512}) {
        for (long seed = 0; seed < 3; seed++) {
          float[] c = cost(target, n, 1000L * n + seed);
          double reference = PermutationCost.of(c, n, DenseJonkerVolgenantDouble.solve(BruteForce.widen(c), n));
          Assignment got = LinearAssignment.solve(c, n);
          String what = target + " n " + n + " seed " + seed;
          assertEquals(reference, PermutationCost.of(c, n, got.rowToColumn()), 1e-9 * reference, what);
          assertEquals(reference, got.cost(), 1e-9 * reference, what);
        }
      }
    }
  }

  @Test
  void matchesReferenceHungarianWithNarrowCandidateLists() {
    // Narrow lists force certification rounds, added edges and dense fallbacks after the auction.
    for (String target : new String[] {"eightGaussians", "moons"}) {
      for (int width : new int[] {1, 3, 8}) {
        int n = 160;
        float[] c = cost(target, n, 7L * width + target.length());
        double reference =
            BruteForce.total(BruteForce.widen(c), n, ReferenceHungarian.solve(BruteForce.widen(c), n));
        double got = PermutationCost.of(c, n, SparseJonkerVolgenant.solve(c, n, width));
        assertEquals(reference, got, 1e-9 * reference, target + " width " + width);
      }
    }
  }

  @Test
  void matchesBruteForceOnSmallClusteredInstances() {
    // Small n: column reduction leaves most rows free often enough that the auction path runs.
    for (int seed = 0; seed < 300; seed++) {
      int n = 3 + seed % 6;
      String target = seed % 2 == 0 ? "eightGaussians" : "moons";
      float[] c = cost(target, n, seed);
      double best = BruteForce.minCost(BruteForce.widen(c), n);
      for (int width : new int[] {1, 2, n}) {
        double got = PermutationCost.of(c, n, SparseJonkerVolgenant.solve(c, n, width));
        assertEquals(best, got, 1e-9 * Math.max(1, best), "seed " + seed + " width " + width);
      }
    }
  }

  @Test
  void tiedCostsOnClusteredGrid() {
    // Integer-rounded costs: many exact ties, where the auction's ε-optimal matching and the
    // float-boundary cases of the warm start are most likely to be wrong.
    for (int seed = 0; seed < 6; seed++) {
      int n = 200;
      float[] c = cost(seed % 2 == 0 ? "eightGaussians" : "moons", n, 99 + seed);
      for (int k = 0; k < c.length; k++) {
        c[k] = Math.round(c[k]);
      }
      double reference = PermutationCost.of(c, n, DenseJonkerVolgenantDouble.solve(BruteForce.widen(c), n));
      assertEquals(reference, LinearAssignment.solve(c, n).cost(), 1e-9 * reference, "seed " + seed);
    }
  }
}
