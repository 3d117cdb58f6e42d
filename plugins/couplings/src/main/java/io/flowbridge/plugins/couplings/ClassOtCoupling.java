package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.plan.SparsePlan;
import io.flowbridge.ot.transport.ExactTransport;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Class-conditional exact OT (MATH.md §3, {@code class-ot}): exact optimal transport on
 * C_ij = ‖x0_i − x1_j‖² inside each class label, so every pair joins a source and a target of the
 * same class and conditional training sees x0 and x1 of its label. Labels travel with the returned
 * row indices. Equal batch sizes n = m are required.
 *
 * <ul>
 *   <li><b>Both batches labelled, equal counts per class</b>: within each class the optimal plan is a
 *       permutation (linear assignment); the pairing is a permutation of both batches and draws
 *       nothing from the random generator.
 *   <li><b>Both labelled, counts differ</b> (the usual case when both minibatches are drawn i.i.d.):
 *       uniform marginals cannot both hold inside classes, so the target side keeps its uniform
 *       marginal: every target point is used exactly once, the label mix of the pairs is the
 *       target batch's. Within class c the n_c sources share the m_c targets' mass, each source
 *       carrying m_c/n_c: the exact plan of {@link ExactTransport} with these weights is computed,
 *       and each target's source is drawn from its column of the plan (deterministic where the
 *       column has one entry, which is most columns of a basic plan). Sources of a class absent
 *       from the target batch are not used; a target class absent from the source batch is an
 *       error, since no same-class partner exists.
 *   <li><b>Only the target labelled</b> (noise → labelled data, the common conditional set-up):
 *       unlabelled source points are exchangeable, so they are split into groups of the target
 *       classes' sizes uniformly at random, and exact OT runs inside each group. The pairing is a
 *       permutation, and each label's source points are an unbiased draw of the source batch.
 *       Only the source labelled: the same with the roles swapped.
 *   <li><b>No labels</b>: one class, i.e. {@code exact-ot}.
 * </ul>
 */
public final class ClassOtCoupling implements Coupling {
  static final String KEY = "class-ot";

  public ClassOtCoupling(NoOptions options) {}

  @Override
  public Pairing pair(Points source, Points target, RandomGenerator random) {
    return pair(source, null, target, null, random);
  }

  @Override
  public Pairing pair(Points source, int[] sourceLabels, Points target, int[] targetLabels, RandomGenerator random) {
    Minibatch.requireEqualSizes(KEY, source, target);
    int n = source.count();
    if (n == 0) {
      return Pairing.identity(0);
    }
    Minibatch.requireComparable(KEY, source, target);
    checkLabels("source", sourceLabels, n);
    checkLabels("target", targetLabels, n);
    Minibatch.requireFinite(KEY, source, target);
    if (sourceLabels == null && targetLabels == null) {
      return withinGroups(source, new int[n], target, new int[n]);
    }
    if (sourceLabels == null) {
      return withinGroups(source, partitionLike(targetLabels, random), target, targetLabels);
    }
    if (targetLabels == null) {
      return withinGroups(source, sourceLabels, target, partitionLike(sourceLabels, random));
    }
    return labelled(source, sourceLabels, target, targetLabels, random);
  }

  private static void checkLabels(String side, int[] labels, int n) {
    if (labels != null && labels.length != n) {
      throw new FlowbridgeException(KEY + ": " + labels.length + " " + side + " labels for " + n + " " + side + " points");
    }
  }

  /**
   * Labels for the unlabelled side: a uniformly random arrangement of the other side's labels, so
   * each class gets as many points as the other side has in that class.
   */
  private static int[] partitionLike(int[] labels, RandomGenerator random) {
    int[] out = labels.clone();
    for (int i = out.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return out;
  }

  /** Linear assignment inside each group; every group has as many sources as targets. */
  private static Pairing withinGroups(Points source, int[] sourceGroup, Points target, int[] targetGroup) {
    int n = source.count();
    int[] rows = new int[n];
    int[] cols = new int[n];
    int k = 0;
    for (var e : classes(sourceGroup, targetGroup).entrySet()) {
      int[][] members = e.getValue();
      int[] s = members[0];
      int[] t = members[1];
      int[] sigma = Minibatch.assignment(KEY, source.select(s), target.select(t));
      for (int i = 0; i < s.length; i++) {
        rows[k] = s[i];
        cols[k] = t[sigma[i]];
        k++;
      }
    }
    return new Pairing(rows, cols);
  }

  private static Pairing labelled(Points source, int[] sourceLabels, Points target, int[] targetLabels,
      RandomGenerator random) {
    int n = source.count();
    int[] rows = new int[n];
    int[] cols = new int[n];
    int k = 0;
    for (var e : classes(sourceLabels, targetLabels).entrySet()) {
      int label = e.getKey();
      int[] s = e.getValue()[0];
      int[] t = e.getValue()[1];
      if (t.length == 0) {
        continue; // no target of this class: its sources carry no mass
      }
      if (s.length == 0) {
        throw new FlowbridgeException(KEY + ": target class " + label + " has " + t.length
            + " point(s) in the minibatch but the source batch has none; class-ot pairs only within a class "
            + "(use larger batches, balanced class sampling, or an unlabelled source)");
      }
      if (s.length == t.length) {
        // Each class sits away from the noise's mean: the centred solve matters most here.
        int[] sigma = Minibatch.assignment(KEY, source.select(s), target.select(t));
        for (int i = 0; i < s.length; i++) {
          rows[k] = s[i];
          cols[k] = t[sigma[i]];
          k++;
        }
        continue;
      }
      float[] cost = SquaredEuclidean.matrix(
          source.select(s).values(), s.length, target.select(t).values(), t.length, source.dim());
      int[] sourceOf = sourcePerTarget(cost, s.length, t.length, random);
      for (int j = 0; j < t.length; j++) {
        rows[k] = s[sourceOf[j]];
        cols[k] = t[j];
        k++;
      }
    }
    return new Pairing(rows, cols);
  }

  /**
   * For each of the m targets, one of the n sources drawn from the target's column of the exact plan
   * with source weights m and target weights n (integral: each target's column holds mass n).
   */
  private static int[] sourcePerTarget(float[] cost, int n, int m, RandomGenerator random) {
    double[] wide = Minibatch.widen(cost, false);
    double[] a = new double[n];
    double[] b = new double[m];
    Arrays.fill(a, m);
    Arrays.fill(b, n);
    SparsePlan plan = ExactTransport.solve(wide, a, b);
    // Entries grouped by column (counting sort keeps the plan's order inside a column).
    int[] start = new int[m + 1];
    for (int c : plan.cols()) start[c + 1]++;
    for (int j = 0; j < m; j++) start[j + 1] += start[j];
    int[] order = new int[plan.nonzeros()];
    int[] fill = start.clone();
    for (int e = 0; e < plan.nonzeros(); e++) order[fill[plan.cols()[e]]++] = e;
    int[] sourceOf = new int[m];
    for (int j = 0; j < m; j++) {
      int first = start[j];
      int last = start[j + 1];
      int chosen = order[last - 1];
      if (last - first > 1) {
        double u = random.nextDouble() * n;
        double running = 0;
        for (int q = first; q < last; q++) {
          running += plan.mass()[order[q]];
          if (u < running) {
            chosen = order[q];
            break;
          }
        }
      }
      sourceOf[j] = plan.rows()[chosen];
    }
    return sourceOf;
  }

  /** For each label (ascending): {source rows, target rows} with that label, each ascending. */
  private static TreeMap<Integer, int[][]> classes(int[] sourceLabels, int[] targetLabels) {
    TreeMap<Integer, int[]> counts = new TreeMap<>();
    for (int l : sourceLabels) counts.computeIfAbsent(l, x -> new int[2])[0]++;
    for (int l : targetLabels) counts.computeIfAbsent(l, x -> new int[2])[1]++;
    TreeMap<Integer, int[][]> out = new TreeMap<>();
    for (var e : counts.entrySet()) {
      out.put(e.getKey(), new int[][] {new int[e.getValue()[0]], new int[e.getValue()[1]]});
    }
    TreeMap<Integer, int[]> fill = new TreeMap<>();
    for (int i = 0; i < sourceLabels.length; i++) {
      int[] f = fill.computeIfAbsent(sourceLabels[i], x -> new int[2]);
      out.get(sourceLabels[i])[0][f[0]++] = i;
    }
    for (int j = 0; j < targetLabels.length; j++) {
      int[] f = fill.computeIfAbsent(targetLabels[j], x -> new int[2]);
      out.get(targetLabels[j])[1][f[1]++] = j;
    }
    return out;
  }

  /** Stateless: minibatches may be paired on several threads at once. */
  @Override
  public boolean concurrent() {
    return true;
  }
}
