package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExactOtCouplingTest {
  private final ExactOtCoupling coupling = new ExactOtCoupling(new NoOptions());

  private Pairing pair(Points source, Points target) {
    return coupling.pair(source, target, TestPoints.forbidden());
  }

  @ParameterizedTest(name = "n = {0}, d = {1}")
  @CsvSource({"64, 2", "256, 2", "100, 17", "50, 1"})
  void isAPermutationThatNeitherDuplicatesNorDropsAPoint(int n, int d) {
    Pairing pairing = pair(TestPoints.gaussian(n, d, 0, n), TestPoints.gaussian(n, d, 2, n + 1));
    assertEquals(n, pairing.size());
    boolean[] seenSource = new boolean[n];
    boolean[] seenTarget = new boolean[n];
    for (int k = 0; k < n; k++) {
      assertTrue(!seenSource[pairing.source()[k]], "source row " + pairing.source()[k] + " paired twice");
      assertTrue(!seenTarget[pairing.target()[k]], "target row " + pairing.target()[k] + " paired twice");
      seenSource[pairing.source()[k]] = true;
      seenTarget[pairing.target()[k]] = true;
    }
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void costsNoMoreThanTheIdentityOrAnyOf200RandomPermutations(int d) {
    int n = 64;
    Points source = TestPoints.gaussian(n, d, 0, 10 + d);
    Points target = TestPoints.gaussian(n, d, 1.5, 20 + d);
    double optimal = TestPoints.cost(source, target, pair(source, target));
    // Costs are computed in float by the solver: allow float rounding of a sum of n terms.
    double slack = 1e-5 * optimal;
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) identity[i] = i;
    double identityCost = TestPoints.cost(source, target, identity);
    assertTrue(optimal <= identityCost + slack, "exact-ot " + optimal + " > identity " + identityCost);
    SplittableRandom random = new SplittableRandom(d);
    for (int trial = 0; trial < 200; trial++) {
      int[] sigma = TestPoints.randomPermutation(n, random);
      double c = TestPoints.cost(source, target, sigma);
      assertTrue(optimal <= c + slack, "exact-ot " + optimal + " > random permutation " + c);
    }
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
  void equalsTheBruteForceOptimumOnSmallBatches(int n) {
    for (int instance = 0; instance < 5; instance++) {
      int d = 1 + instance % 3;
      Points source = TestPoints.gaussian(n, d, 0, 100 * n + instance);
      Points target = TestPoints.gaussian(n, d, 0.5, 200 * n + instance);
      double best = bruteForce(source, target, new int[n], new boolean[n], 0, 0);
      double found = TestPoints.cost(source, target, pair(source, target));
      assertEquals(best, found, 1e-5 * Math.max(1, best), "n = " + n + ", instance " + instance);
    }
  }

  /** The minimum of Σ_i ‖source_i − target_σ(i)‖² over all permutations σ extending sigma[0..i). */
  private static double bruteForce(Points source, Points target, int[] sigma, boolean[] used, int i, double partial) {
    int n = sigma.length;
    if (i == n) return partial;
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      if (used[j]) continue;
      used[j] = true;
      sigma[i] = j;
      best = Math.min(best, bruteForce(source, target, sigma, used, i + 1,
          partial + TestPoints.squaredDistance(source, i, target, j)));
      used[j] = false;
    }
    return best;
  }

  /**
   * For target_j = source_π(j) + t the optimum pairs each point with its own translate: the cross
   * term −2t·Σ(x_i − x_σ(i)) vanishes for every permutation σ, so the cost is minimal exactly
   * when Σ‖x_i − x_σ(i)‖² = 0. Any other σ costs at least 2·(min distance)² more, so the points
   * are kept 0.05 apart for that margin to dwarf the float rounding of the costs.
   */
  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void pairsEachPointWithItsTranslate(int d) {
    int n = 80;
    Points source = TestPoints.separated(n, d, 0.05, 30 + d);
    int[] pi = TestPoints.randomPermutation(n, new SplittableRandom(d));
    float[] shifted = source.select(pi).values();
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < d; k++) shifted[j * d + k] += (k % 2 == 0 ? 3f : -2f);
    }
    Pairing pairing = pair(source, new Points(shifted, n, d));
    int[] expected = new int[n];
    for (int j = 0; j < n; j++) expected[pi[j]] = j;
    int[] actual = new int[n];
    for (int k = 0; k < n; k++) actual[pairing.source()[k]] = pairing.target()[k];
    assertArrayEquals(expected, actual);
  }

  /**
   * The coupling solves on the centred clouds (translation leaves the optimal permutation
   * unchanged): on clouds far apart its pairing costs what the optimum of the raw cost matrix
   * costs, within float rounding of the sum.
   */
  @ParameterizedTest(name = "d = {0}, shift = {1}")
  @CsvSource({"2, 0.5", "2, 5", "17, 3"})
  void shiftedCloudsReachTheOptimumOfTheRawCostMatrix(int d, double shift) {
    int n = 200;
    Points source = TestPoints.gaussian(n, d, 0, 40 + d);
    Points target = TestPoints.gaussian(n, d, shift, 50 + d);
    double paired = TestPoints.cost(source, target, pair(source, target));
    float[] raw = io.flowbridge.ot.cost.SquaredEuclidean.matrix(source.values(), n, target.values(), n, d);
    int[] sigma = io.flowbridge.ot.assignment.LinearAssignment.solve(raw, n).rowToColumn();
    double optimum = TestPoints.cost(source, target, sigma);
    assertEquals(optimum, paired, 1e-5 * optimum, "centred solve vs raw-matrix optimum");
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) identity[i] = i;
    assertTrue(paired < TestPoints.cost(source, target, identity), "better than pairing by index");
  }

  @Test
  void pairsASinglePointWithTheOnlyTarget() {
    Pairing pairing = pair(new Points(new float[] {1, 2}, 1, 2), new Points(new float[] {-7, 3}, 1, 2));
    assertArrayEquals(new int[] {0}, pairing.source());
    assertArrayEquals(new int[] {0}, pairing.target());
  }

  @Test
  void reversesTwoCrossedPairs() {
    // On a line, source {0, 10} and target {11, 1}: the optimum is 0↔1 and 10↔11.
    Pairing pairing = pair(new Points(new float[] {0, 10}, 2, 1), new Points(new float[] {11, 1}, 2, 1));
    assertArrayEquals(new int[] {0, 1}, pairing.source());
    assertArrayEquals(new int[] {1, 0}, pairing.target());
  }

  @Test
  void unequalBatchSizesDrawPairsFromTheExactTransportPlan() {
    // On a line, sources {0, 10} and targets {0, 1, 10, 11} with weights 1/2 and 1/4: the exact plan
    // sends source 0 to targets 0 and 1 and source 10 to targets 10 and 11, nothing else.
    Points source = new Points(new float[] {0, 10}, 2, 1);
    Points target = new Points(new float[] {11, 0, 10, 1}, 4, 1);
    int[] counts = new int[8];
    for (int seed = 0; seed < 400; seed++) {
      Pairing pairing = coupling.pair(source, target, new SplittableRandom(seed));
      assertEquals(2, pairing.size(), "n pairs for a source batch of n");
      for (int k = 0; k < 2; k++) {
        int s = pairing.source()[k];
        int t = pairing.target()[k];
        boolean inSupport = s == 0 ? (t == 1 || t == 3) : (t == 0 || t == 2);
        assertTrue(inSupport, "pair (" + s + ", " + t + ") is not in the exact plan's support");
        counts[s * 4 + t]++;
      }
    }
    // Each of the four plan entries has mass 1/4: 800 draws, 200 expected each.
    for (int e : new int[] {1, 3, 4, 6}) assertEquals(200, counts[e], 5 * Math.sqrt(800 * 0.25 * 0.75));
  }

  @Test
  void moreSourcesThanTargets() {
    Points source = TestPoints.gaussian(7, 2, 0, 3);
    Points target = TestPoints.gaussian(3, 2, 1, 4);
    Pairing pairing = coupling.pair(source, target, new SplittableRandom(5));
    assertEquals(7, pairing.size());
    for (int k = 0; k < 7; k++) assertTrue(pairing.target()[k] >= 0 && pairing.target()[k] < 3);
  }

  @Test
  void rejectsAnEmptyBatchAgainstANonEmptyOne() {
    var e = assertThrows(FlowbridgeException.class,
        () -> pair(new Points(new float[0], 0, 2), TestPoints.gaussian(3, 2, 0, 1)));
    assertEquals("exact-ot: cannot pair an empty minibatch (n=0, m=3)", e.getMessage());
  }

  @Test
  void rejectsUnequalDimensions() {
    var e = assertThrows(FlowbridgeException.class,
        () -> pair(TestPoints.gaussian(3, 2, 0, 1), TestPoints.gaussian(3, 4, 0, 2)));
    assertTrue(e.getMessage().startsWith("exact-ot:"), e.getMessage());
  }

  @Test
  void rejectsNonFinitePoints() {
    Points source = TestPoints.gaussian(4, 2, 0, 1);
    source.values()[3] = Float.NaN;
    var e = assertThrows(FlowbridgeException.class, () -> pair(source, TestPoints.gaussian(4, 2, 0, 2)));
    assertEquals("exact-ot: cannot pair the batch: source[3] is NaN (values are row-major [count, dim] with dim = 2)",
        e.getMessage());
  }
}
