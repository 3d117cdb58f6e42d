package io.flowbridge.ot.plan;

import io.flowbridge.ot.validation.Checks;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws index pairs i.i.d. from a transport plan normalised to a probability distribution, the way
 * sampled couplings turn a plan into minibatch pairs (MATH.md §3: "draw n pairs i.i.d. from π").
 *
 * <p>Inverse-CDF sampling with one pass over the plan instead of a cumulative table: the k uniforms
 * are sorted and matched against the running sum of the masses in a single sweep (no n·m
 * auxiliary array), then the pairs are put in uniformly random order by a Fisher–Yates shuffle. A
 * sorted i.i.d. sample in random order is again an i.i.d. sample, so the result has exactly the
 * distribution of k independent draws. Entries of mass 0 are never drawn. The same generator state
 * gives the same pairs.
 */
public final class PlanSampler {
  private PlanSampler() {}

  /** k pairs drawn i.i.d. with probability mass[e] / Σ mass from a sparse plan. */
  public static IndexPairs sample(SparsePlan plan, int k, RandomGenerator random) {
    Checks.notNull("plan", plan);
    int[] entries = draw(plan.mass(), k, random);
    int[] rows = new int[k];
    int[] cols = new int[k];
    for (int t = 0; t < k; t++) {
      rows[t] = plan.rows()[entries[t]];
      cols[t] = plan.cols()[entries[t]];
    }
    return new IndexPairs(rows, cols);
  }

  /** k pairs (i, j) drawn i.i.d. with probability π_ij / Σ π from a dense plan. */
  public static IndexPairs sample(DensePlan plan, int k, RandomGenerator random) {
    Checks.notNull("plan", plan);
    int[] entries = draw(plan.mass(), k, random);
    int m = plan.m();
    int[] rows = new int[k];
    int[] cols = new int[k];
    for (int t = 0; t < k; t++) {
      rows[t] = entries[t] / m;
      cols[t] = entries[t] % m;
    }
    return new IndexPairs(rows, cols);
  }

  /**
   * k indices e drawn i.i.d. with probability mass[e] / Σ mass.
   *
   * @throws IllegalArgumentException if k &lt; 0, a mass is negative or not finite, or all are 0
   *     while k &gt; 0
   */
  public static int[] draw(double[] mass, int k, RandomGenerator random) {
    Checks.atLeast("k", k, 0);
    Checks.notNull("mass", mass);
    Checks.notNull("random", random);
    PlanChecks.nonNegative("mass", mass);
    int[] out = new int[k];
    if (k == 0) {
      return out;
    }
    double total = 0;
    int last = -1;
    for (int e = 0; e < mass.length; e++) {
      if (mass[e] > 0) {
        total += mass[e];
        last = e;
      }
    }
    if (last < 0) {
      throw new IllegalArgumentException("plan has no mass to sample from (all " + mass.length + " entries are 0)");
    }
    double[] u = new double[k];
    for (int t = 0; t < k; t++) {
      u[t] = random.nextDouble() * total;
    }
    Arrays.sort(u);
    int t = 0;
    double running = 0;
    for (int e = 0; e <= last && t < k; e++) {
      running += mass[e];
      while (t < k && u[t] < running) {
        out[t++] = e;
      }
    }
    // Rounding can leave the running sum a few ulps short of total: those draws take the last entry.
    while (t < k) {
      out[t++] = last;
    }
    for (int i = k - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = out[i];
      out[i] = out[j];
      out[j] = tmp;
    }
    return out;
  }
}
