package io.flowbridge.core.engine;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.core.experiment.EvaluateSpec;
import io.flowbridge.core.likelihood.Divergence;
import io.flowbridge.core.likelihood.Likelihood;
import io.flowbridge.core.likelihood.LikelihoodResult;
import io.flowbridge.core.metric.Mmd;
import io.flowbridge.core.metric.PathMetrics;
import io.flowbridge.core.metric.VelocityProbe;
import io.flowbridge.core.metric.W2;
import io.flowbridge.core.registry.Registries;
import io.flowbridge.core.sample.Solution;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Computes the metrics an experiment asks for (MATH.md §5–6) on a trained flow. */
final class Evaluation {
  private Evaluation() {}

  /**
   * Metrics of {@code generated} (the flow's samples from {@code start}) against fresh target
   * draws; {@code labels} are the classes a conditional run generated for (null otherwise).
   */
  static Map<String, Object> compute(FlowSession flow, ExperimentRunner.Components c, EvaluateSpec spec,
      Registries registries, Points start, Solution generated, int[] labels, SplittableRandom random) {
    Map<String, Object> out = new LinkedHashMap<>();
    Dataset target = c.target().instance();
    int n = start.count();
    int d = start.dim();
    Points samples = new Points(generated.end(), n, d);
    Points fresh = target.sample(n, random).points();
    if (spec.metrics().contains("w2")) {
      out.put("w2", W2.between(samples, fresh));
      out.put("w2_floor", W2.between(target.sample(n, random).points(), fresh));
    }
    if (labels != null && spec.metrics().contains("w2")) {
      out.put("w2_conditional", conditionalW2(samples, labels, target.sample(4 * n, random), target.classes()));
    }
    if (spec.metrics().contains("mmd")) {
      out.put("mmd", Mmd.rbf(samples, fresh, spec.mmdBandwidths()));
      out.put("mmd_floor", Mmd.rbf(target.sample(n, random).points(), fresh, spec.mmdBandwidths()));
    }
    if (spec.metrics().contains("npe") || spec.metrics().contains("straightness")) {
      Solution path = generated.hasTrajectory() ? generated : flow.sample(c.sampler().instance(), start, labels, true);
      VelocityProbe probe = flow.velocityProbe();
      float[][] velocities = new float[path.times().length][];
      for (int k = 0; k < velocities.length; k++) {
        velocities[k] = probe.at(path.states()[k], labels, n, d, path.times()[k]);
      }
      PathMetrics.Result r = PathMetrics.of(path.times(), path.states(), velocities, n, d);
      if (spec.metrics().contains("npe")) {
        // A class-conditional flow transports p0 to each p1(.|y) separately: its optimal energy
        // is E_y W2^2(p0, p1(.|y)), not W2^2(p0, p1).
        double w2sq = labels == null
            ? Math.pow(W2.between(start, fresh), 2)
            : conditionalW2Squared(start, labels, target.sample(4 * n, random), target.classes());
        out.put("path_energy", r.pathEnergy());
        out.put(labels == null ? "w2_squared_source_target" : "w2_squared_source_target_given_label", w2sq);
        out.put("npe", PathMetrics.normalisedPathEnergy(r.pathEnergy(), w2sq));
      }
      if (spec.metrics().contains("straightness")) out.put("straightness", r.straightness());
    }
    if (spec.metrics().contains("nll")) {
      if (!c.source().instance().isStandardGaussian()) {
        throw new FlowbridgeException("evaluate nll: needs a standard Gaussian source (its density is known); the source is '"
            + c.source().key() + "'");
      }
      Sampler solver = registries.of(ExtensionKind.SAMPLER)
          .create(spec.likelihoodSolver().key(), spec.likelihoodSolver().options(), Sampler.class).instance();
      Points data = target.sample(spec.likelihoodPoints(), random).points();
      LikelihoodResult r = Likelihood.evaluate(flow.integrator, solver, flow.field, data, divergence(spec, d),
          spec.probes(), random);
      out.put("nll", r.nll());
      out.put("nll_bits_per_dim", r.bitsPerDim());
      out.put("nll_nfe", r.nfe());
    }
    return out;
  }

  /**
   * W2 between the points generated for each class and target points of that class, averaged
   * over classes (equal sizes per class: the smaller count): small only if labels are obeyed.
   */
  static double conditionalW2(Points generated, int[] labels, io.flowbridge.api.data.Batch target, int classes) {
    double sum = 0;
    int used = 0;
    for (int[][] g : classGroups(labels, target.labels(), classes)) {
      sum += W2.between(generated.select(g[0]), target.points().select(g[1]));
      used++;
    }
    return used == 0 ? Double.NaN : sum / used;
  }

  /**
   * E_y W2²(p0, p1(.|y)) estimated from the source points grouped by the label each was generated
   * for, against target points of that class (equal sizes per class: the smaller count),
   * weighted by the group sizes.
   */
  static double conditionalW2Squared(Points source, int[] labels, io.flowbridge.api.data.Batch target, int classes) {
    double sum = 0;
    int used = 0;
    for (int[][] g : classGroups(labels, target.labels(), classes)) {
      int m = g[0].length;
      double w2 = W2.between(source.select(g[0]), target.points().select(g[1]));
      sum += m * w2 * w2;
      used += m;
    }
    if (used == 0) throw new FlowbridgeException("evaluate npe: no class has two or more evaluation points; raise evaluate.points");
    return sum / used;
  }

  /**
   * Per class with at least two points on both sides, in class order: {indices with that label,
   * indices of target points of that class}, both cut to the smaller count (the first ones).
   */
  private static java.util.List<int[][]> classGroups(int[] labels, int[] targetLabels, int classes) {
    java.util.List<int[][]> out = new java.util.ArrayList<>();
    for (int k = 0; k < classes; k++) {
      int[] mine = indicesOf(labels, k);
      int[] theirs = indicesOf(targetLabels, k);
      int m = Math.min(mine.length, theirs.length);
      if (m >= 2) out.add(new int[][] {java.util.Arrays.copyOf(mine, m), java.util.Arrays.copyOf(theirs, m)});
    }
    return out;
  }

  private static int[] indicesOf(int[] labels, int k) {
    return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == k).toArray();
  }

  static Divergence divergence(EvaluateSpec spec, int d) {
    return switch (spec.divergence()) {
      case "auto" -> d <= 64 ? Divergence.EXACT : Divergence.HUTCHINSON_RADEMACHER;
      case "exact" -> Divergence.EXACT;
      case "hutchinson-rademacher", "hutchinson" -> Divergence.HUTCHINSON_RADEMACHER;
      case "hutchinson-gaussian" -> Divergence.HUTCHINSON_GAUSSIAN;
      default -> throw new FlowbridgeException("evaluate.divergence = '" + spec.divergence()
          + "' is not accepted; accepted: auto, exact, hutchinson-rademacher, hutchinson-gaussian");
    };
  }
}
