package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClassOtCouplingTest {
  private final ClassOtCoupling coupling = new ClassOtCoupling(new NoOptions());

  private static int[] labels(int n, int classes, long seed) {
    int[] l = new int[n];
    for (int i = 0; i < n; i++) l[i] = i % classes;
    int[] p = TestPoints.randomPermutation(n, new SplittableRandom(seed));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = l[p[i]];
    return out;
  }

  private static int[] indicesOf(int[] labels, int label) {
    return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
  }

  /** The exact-OT cost inside one class (linear assignment on that class's points). */
  private static double classOptimum(Points source, int[] s, Points target, int[] t) {
    float[] c = SquaredEuclidean.matrix(source.select(s).values(), s.length, target.select(t).values(), t.length,
        source.dim());
    int[] sigma = LinearAssignment.solve(c, s.length).rowToColumn();
    double total = 0;
    for (int i = 0; i < s.length; i++) total += TestPoints.squaredDistance(source, s[i], target, t[sigma[i]]);
    return total;
  }

  private static void assertPermutation(int[] idx, int n) {
    int[] sorted = idx.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) assertEquals(i, sorted[i], "not a permutation");
  }

  @Test
  void equalClassCountsGiveExactOtInsideEachClassAndAPermutation() {
    int n = 60;
    Points source = TestPoints.gaussian(n, 2, 0, 1);
    Points target = TestPoints.gaussian(n, 2, 1, 2);
    int[] sl = labels(n, 3, 3);
    int[] tl = labels(n, 3, 4);
    Pairing p = coupling.pair(source, sl, target, tl, TestPoints.forbidden());
    assertPermutation(p.source(), n);
    assertPermutation(p.target(), n);
    double total = 0;
    for (int k = 0; k < n; k++) {
      assertEquals(sl[p.source()[k]], tl[p.target()[k]], "pair " + k + " crosses classes");
      total += TestPoints.squaredDistance(source, p.source()[k], target, p.target()[k]);
    }
    double optimum = 0;
    for (int c = 0; c < 3; c++) optimum += classOptimum(source, indicesOf(sl, c), target, indicesOf(tl, c));
    assertEquals(optimum, total, 1e-5 * optimum, "Σ of the per-class exact OT costs");
    // Class OT is constrained: never cheaper than unconstrained exact OT.
    double unconstrained = TestPoints.cost(source, target, new ExactOtCoupling(new NoOptions()).pair(source, target, TestPoints.forbidden()));
    assertTrue(total >= unconstrained - 1e-5 * unconstrained);
  }

  @Test
  void differentClassCountsUseEveryTargetOnceAndSourcesFromTheClassPlan() {
    // Class 0 on a line: sources {0, 10}, targets {0.1, 0.2, 9.9, 10.1}: the exact plan (source
    // weight 2 each) sends source 0 to the first two targets and source 10 to the last two.
    // Class 1: sources {50, 51, 52}, targets {60, 61} — each target draws from its plan column.
    Points source = new Points(new float[] {0, 50, 10, 51, 52, 53}, 6, 1);
    int[] sl = {0, 1, 0, 1, 1, 2};
    Points target = new Points(new float[] {9.9f, 60, 0.1f, 10.1f, 61, 0.2f}, 6, 1);
    int[] tl = {0, 1, 0, 0, 1, 0};
    int[] class1Uses = new int[6];
    for (int seed = 0; seed < 300; seed++) {
      Pairing p = coupling.pair(source, sl, target, tl, new SplittableRandom(seed));
      assertPermutation(p.target(), 6);
      for (int k = 0; k < 6; k++) {
        int s = p.source()[k];
        int t = p.target()[k];
        assertEquals(sl[s], tl[t], "pair crosses classes");
        if (tl[t] == 0) {
          int expected = (t == 2 || t == 5) ? 0 : 2;
          assertEquals(expected, s, "class 0: target " + t + " must take source " + expected);
        } else {
          class1Uses[s]++;
        }
      }
      assertFalse(Arrays.stream(p.source()).anyMatch(s -> s == 5), "source of a class absent from the targets");
    }
    // Class 1: 3 sources share 2 targets, each source carries 2/3 of a target: 300·2·(1/3) = 200 uses.
    for (int s : new int[] {1, 3, 4}) assertEquals(200, class1Uses[s], 5 * Math.sqrt(600 * (1 / 3.0) * (2 / 3.0)));
  }

  @Test
  void unlabelledSourceIsSplitAtRandomIntoTheTargetClasses() {
    int n = 40;
    Points source = TestPoints.gaussian(n, 2, 0, 5);
    Points target = TestPoints.gaussian(n, 2, 3, 6);
    int[] tl = new int[n];
    for (int j = 0; j < n; j++) tl[j] = j < 30 ? 7 : 2; // unequal class sizes 30 and 10
    Pairing a = coupling.pair(source, null, target, tl, new SplittableRandom(1));
    Pairing b = coupling.pair(source, null, target, tl, new SplittableRandom(1));
    Pairing c = coupling.pair(source, null, target, tl, new SplittableRandom(2));
    assertPermutation(a.source(), n);
    assertPermutation(a.target(), n);
    assertArrayEquals(a.source(), b.source());
    assertArrayEquals(a.target(), b.target());
    assertFalse(Arrays.equals(a.source(), c.source()) && Arrays.equals(a.target(), c.target()),
        "a different seed splits the source batch differently");
    // Inside each group the pairing is exact OT between that group's sources and the class's targets.
    for (int label : new int[] {7, 2}) {
      int[] t = indicesOf(tl, label);
      int[] s = java.util.stream.IntStream.range(0, n).filter(k -> tl[a.target()[k]] == label)
          .map(k -> a.source()[k]).toArray();
      assertEquals(t.length, s.length);
      double total = 0;
      for (int k = 0; k < n; k++) {
        if (tl[a.target()[k]] == label) total += TestPoints.squaredDistance(source, a.source()[k], target, a.target()[k]);
      }
      double optimum = classOptimum(source, s, target, t);
      assertEquals(optimum, total, 1e-5 * optimum, "class " + label);
    }
    // Only the source labelled: the same with the roles swapped.
    Pairing swapped = coupling.pair(target, tl, source, null, new SplittableRandom(1));
    assertPermutation(swapped.source(), n);
    assertPermutation(swapped.target(), n);
  }

  @Test
  void withoutLabelsItIsExactOt() {
    Points source = TestPoints.gaussian(50, 3, 0, 8);
    Points target = TestPoints.gaussian(50, 3, 1, 9);
    Pairing p = coupling.pair(source, target, TestPoints.forbidden());
    Pairing exact = new ExactOtCoupling(new NoOptions()).pair(source, target, TestPoints.forbidden());
    assertEquals(TestPoints.cost(source, target, exact), TestPoints.cost(source, target, p), 1e-9);
  }

  @Test
  void failsClearlyWhenATargetClassHasNoSourcePoint() {
    Points source = TestPoints.gaussian(4, 2, 0, 1);
    Points target = TestPoints.gaussian(4, 2, 0, 2);
    var e = assertThrows(FlowbridgeException.class, () -> coupling.pair(
        source, new int[] {0, 0, 1, 1}, target, new int[] {0, 3, 3, 1}, new SplittableRandom(1)));
    assertTrue(e.getMessage().startsWith("class-ot: target class 3 has 2 point(s) in the minibatch but the source batch has none"),
        e.getMessage());
  }

  @Test
  void rejectsBadLabelsAndSizes() {
    Points four = TestPoints.gaussian(4, 2, 0, 1);
    assertEquals("class-ot: 3 source labels for 4 source points", assertThrows(FlowbridgeException.class,
        () -> coupling.pair(four, new int[3], four, new int[4], new SplittableRandom(1))).getMessage());
    assertEquals("class-ot: needs equal source and target batch sizes, got n=4, m=5", assertThrows(FlowbridgeException.class,
        () -> coupling.pair(four, null, TestPoints.gaussian(5, 2, 0, 2), null, new SplittableRandom(1))).getMessage());
  }
}
