package io.flowbridge.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.assignment.Assignment;
import io.flowbridge.ot.assignment.EuclideanAssignment;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.distance.Wasserstein;
import io.flowbridge.ot.distance.WeightedWasserstein;
import io.flowbridge.ot.matching.StableMatching;
import io.flowbridge.ot.plan.IndexPairs;
import io.flowbridge.ot.plan.PlanSampler;
import io.flowbridge.ot.plan.SparsePlan;
import io.flowbridge.ot.sinkhorn.Sinkhorn;
import io.flowbridge.ot.sinkhorn.SinkhornOptions;
import io.flowbridge.ot.sinkhorn.SinkhornResult;
import io.flowbridge.ot.sinkhorn.UnbalancedSinkhorn;
import io.flowbridge.ot.transport.ExactTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The snippets of docs/ot.md, run as written (between the {@code // doc:} markers), with the
 * properties the guide states about their results asserted.
 */
class LibraryGuideTest {
  private static float[] gaussian(int n, int d, double mean, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] x = new float[n * d];
    for (int k = 0; k < x.length; k++) x[k] = (float) (mean + r.nextGaussian());
    return x;
  }

  @Test
  void exactAssignmentBetweenPointClouds() {
    int n = 256;
    int d = 2;
    float[] noise = gaussian(n, d, 0, 1);
    float[] data = gaussian(n, d, 3, 2);
    // doc: assignment
    Assignment a = EuclideanAssignment.solve(noise, data, n, d);
    int[] sigma = a.rowToColumn();   // noise[i] is paired with data[sigma[i]]
    double total = a.cost();         // Σ_i ‖noise_i − data_σ(i)‖², summed in double
    double w2 = Wasserstein.w2(noise, data, n, d);   // sqrt(total / n)
    // doc: end
    assertEquals(Math.sqrt(total / n), w2, 1e-9 * w2);
    boolean[] seen = new boolean[n];
    for (int j : sigma) {
      assertFalse(seen[j]);
      seen[j] = true;
    }
    // The same optimum from a cost matrix (float or double costs).
    // doc: matrix
    float[] cost = SquaredEuclidean.matrix(noise, n, data, n, d);   // row-major n×n
    Assignment fromMatrix = LinearAssignment.solve(cost, n);
    // doc: end
    assertEquals(fromMatrix.cost(), total, 1e-5 * total);
  }

  @Test
  void exactTransportWithWeightsAndPairSampling() {
    // doc: transport
    double[] cost = {0, 1, 4,
                     1, 0, 1};                   // 2 sources × 3 targets
    double[] a = {0.5, 0.5};
    double[] b = {0.25, 0.25, 0.5};
    SparsePlan plan = ExactTransport.solve(cost, a, b);
    double[] rows = plan.rowMarginals();         // = a
    double[] cols = plan.columnMarginals();      // = b
    IndexPairs pairs = PlanSampler.sample(plan, 1000, new SplittableRandom(7));
    // doc: end
    assertArrayEquals(a, rows, 1e-12);
    assertArrayEquals(b, cols, 1e-12);
    // Optimal: source 0 takes target 0 (0.25) and target 1 (0.25); source 1 takes target 2 (0.5).
    assertEquals(0.25 * 0 + 0.25 * 1 + 0.5 * 1, plan.cost(cost), 1e-12);
    assertEquals(1000, pairs.rows().length);
    long fromTarget2 = Arrays.stream(pairs.cols()).filter(j -> j == 2).count();
    assertTrue(fromTarget2 > 400 && fromTarget2 < 600, "pairs drawn with the plan's mass: " + fromTarget2);
  }

  @Test
  void entropicTransportConvergesOrSaysItDidNot() {
    int n = 128;
    float[] x = gaussian(n, 2, 0, 3);
    float[] y = gaussian(n, 2, 1, 4);
    float[] c = SquaredEuclidean.matrix(x, n, y, n, 2);
    float max = 0;
    for (float v : c) max = Math.max(max, v);
    double[] cost = new double[c.length];
    for (int k = 0; k < c.length; k++) cost[k] = c[k] / max;   // ε is in the units of the cost
    double[] a = new double[n];
    Arrays.fill(a, 1.0 / n);
    double[] b = a.clone();
    // doc: sinkhorn
    SinkhornResult r = Sinkhorn.solve(cost, a, b, SinkhornOptions.of(0.05));
    // r.plan() is the dense plan, r.cost() = ⟨C, π⟩, r.marginalError() its L1 marginal error
    if (!r.converged()) {
      throw new IllegalStateException("Sinkhorn stopped after " + r.iterations()
          + " iterations at marginal error " + r.marginalError());
    }
    // Smaller ε (closer to exact OT, slower): ε-scaling halves ε from the cost's range down to the
    // target, each stage warm-starting the next; tolerance 1e-6, at most 5000 iterations.
    SinkhornOptions sharp = new SinkhornOptions(5e-3, 1e-6, 5000, true);
    SinkhornResult s = Sinkhorn.solve(cost, a, b, sharp);
    // Unbalanced: marginals relaxed by KL with weight reg_m = 1.0.
    SinkhornResult u = UnbalancedSinkhorn.solve(cost, a, b, 1.0, SinkhornOptions.of(0.05));
    // doc: end
    double exact = LinearAssignment.solve(cost, n).cost() / n;
    assertTrue(r.marginalError() <= SinkhornOptions.DEFAULT_TOLERANCE);
    assertTrue(s.converged(), s.toString());
    assertTrue(r.cost() >= exact - 1e-9 && s.cost() >= exact - 1e-9, "entropic cost ≥ exact cost");
    assertTrue(s.cost() - exact < r.cost() - exact, "smaller ε, closer to the exact cost");
    assertTrue(s.cost() - exact < 0.25 * (r.cost() - exact), "ε 10× smaller, gap to exact " + (s.cost() - exact)
        + " vs " + (r.cost() - exact));
    assertTrue(u.plan().totalMass() > 0 && u.plan().totalMass() < 1.0 + 1e-9, "unbalanced keeps at most the mass");
    // A capped run that cannot converge says so instead of returning silently.
    SinkhornResult capped = Sinkhorn.solve(cost, a, b, new SinkhornOptions(1e-3, 1e-12, 3, false));
    assertFalse(capped.converged());
    assertEquals(3, capped.iterations());
  }

  @Test
  void stableMatchingAndWeightedW2() {
    int n = 64;
    float[] x = gaussian(n, 2, 0, 5);
    float[] y = gaussian(n, 2, 0.5, 6);
    // doc: stable
    int[] stable = StableMatching.solve(SquaredEuclidean.matrix(x, n, y, n, 2), n);
    double[] wx = new double[n];
    Arrays.fill(wx, 1);
    wx[0] = 10;                                   // relative weights; null means uniform
    double w2 = WeightedWasserstein.w2(x, wx, y, null, n, n, 2);
    // doc: end
    int[] inverse = new int[n];
    Arrays.fill(inverse, -1);
    for (int i = 0; i < n; i++) inverse[stable[i]] = i;
    for (int j : inverse) assertTrue(j >= 0, "a permutation");
    assertTrue(w2 > 0 && Double.isFinite(w2));
  }

  @Test
  void badInputNamesTheArgument() {
    // doc: errors
    float[] cost = {0, 1, Float.NaN, 3};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LinearAssignment.solve(cost, 2));
    // e.getMessage(): "cost[2] is NaN"
    // doc: end
    assertEquals("cost[2] is NaN", e.getMessage());
  }

  /** Each snippet between the markers above appears verbatim (indentation removed) in the guide. */
  @Test
  void theGuideShowsExactlyTheseSnippets() throws IOException {
    String test = Files.readString(Path.of("src/test/java/io/flowbridge/ot/LibraryGuideTest.java"));
    String guide = Files.readString(Path.of("../../docs/ot.md"));
    Matcher m = Pattern.compile("// doc: (\\w+)\n(.*?)\n\\s*// doc: end", Pattern.DOTALL).matcher(test);
    int snippets = 0;
    while (m.find()) {
      String name = m.group(1);
      String body = m.group(2).stripIndent();
      assertTrue(guide.contains("```java\n" + body + "\n```"), "docs/ot.md lacks the '" + name + "' snippet:\n" + body);
      snippets++;
    }
    assertEquals(6, snippets);
  }
}
