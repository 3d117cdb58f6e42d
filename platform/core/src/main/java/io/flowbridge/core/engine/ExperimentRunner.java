package io.flowbridge.core.engine;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.model.VelocityModel;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.core.experiment.ComponentSpec;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.experiment.Overrides;
import io.flowbridge.core.sample.Solution;
import java.nio.file.Path;
import java.util.List;
import io.flowbridge.core.metric.W2;
import io.flowbridge.core.registry.Registries;
import io.flowbridge.core.registry.Resolved;
import io.flowbridge.core.run.Progress;
import io.flowbridge.core.run.RunDirectory;
import io.flowbridge.core.runtime.SessionSettings;
import io.flowbridge.core.train.MinibatchSource;
import io.flowbridge.core.train.Prefetcher;
import io.flowbridge.core.train.Trainer;
import io.flowbridge.core.train.TrainingStats;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs one experiment end to end: resolves the plugins, builds the TensorFlow graph, trains,
 * samples, evaluates and writes the run directory.
 */
public final class ExperimentRunner {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExperimentRunner.class);
  private final Registries registries;

  @Inject
  public ExperimentRunner(Registries registries) {
    this.registries = registries;
  }

  /** The plugins an experiment uses, resolved and validated (fails before any training starts). */
  public record Components(Resolved<Dataset> source, Resolved<Dataset> target, Resolved<Interpolant> interpolant,
      Resolved<Coupling> coupling, Resolved<VelocityModel> model, Resolved<Sampler> sampler) {}

  /** Resolves and cross-checks the experiment's plugins. */
  public Components resolve(ExperimentSpec spec) {
    SpecChecks.check(spec);
    Components c = new Components(
        create(ExtensionKind.DATASET, "source", spec.source(), Dataset.class),
        create(ExtensionKind.DATASET, "target", spec.target(), Dataset.class),
        create(ExtensionKind.INTERPOLANT, "interpolant", spec.interpolant(), Interpolant.class),
        create(ExtensionKind.COUPLING, "coupling", spec.coupling(), Coupling.class),
        create(ExtensionKind.MODEL, "model", spec.model(), VelocityModel.class),
        create(ExtensionKind.SAMPLER, "sample.solver", spec.sample().solver(), Sampler.class));
    int d0 = c.source.instance().dim();
    int d1 = c.target.instance().dim();
    if (d0 != d1) {
      throw new FlowbridgeException("source '" + c.source.key() + "' has dimension " + d0 + " but target '"
          + c.target.key() + "' has dimension " + d1 + "; a flow maps between spaces of equal dimension");
    }
    if (c.interpolant.instance() instanceof io.flowbridge.core.bridge.InlineInterpolant inline) {
      io.flowbridge.core.bridge.PathCheck.verify("interpolant 'inline'", inline);
    }
    if (!spec.train().objective().equals("velocity") && !c.interpolant.instance().hasNoise()) {
      throw new FlowbridgeException("train.objective = '" + spec.train().objective() + "' learns the score of the noise z, but interpolant '"
          + c.interpolant.key() + "' has none (gamma = 0); use a path with gamma > 0 (e.g. brownian-bridge, si-linear)");
    }
    if (c.interpolant.instance().requiresGaussianSource() && !c.source.instance().isStandardGaussian()) {
      throw new FlowbridgeException("interpolant '" + c.interpolant.key() + "' requires a standard Gaussian source, but the source is '"
          + c.source.key() + "'; use source = gaussian(dim = " + d1 + ")");
    }
    return c;
  }

  private <T> Resolved<T> create(ExtensionKind kind, String setting, ComponentSpec spec, Class<T> type) {
    try {
      return registries.of(kind).create(spec.key(), spec.options(), type);
    } catch (FlowbridgeException e) {
      throw new FlowbridgeException(setting + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code spec}; writes the run directory when {@code options.outDir()} is set. */
  public RunResult run(ExperimentSpec spec, RunOptions options) {
    Components c = resolve(spec);
    SessionSettings settings = SessionSettings.of(spec.runtime());
    Map<String, Object> config = Config.of(spec, c, settings);
    if (!Config.bitReproducible()) {
      LOG.warn("TensorFlow's oneDNN kernels are on: TensorFlow does not promise that runs with the same seed agree "
          + "in the last digits; set TF_ENABLE_ONEDNN_OPTS=0 (the flowbridge launcher does) for bit-reproducible runs");
    }

    RandomStreams random = RandomStreams.of(spec.seed());
    MinibatchSource batches = new MinibatchSource(c.source.instance(), c.target.instance(), c.coupling.instance(),
        c.coupling.key(), spec.train().batchSize(), random.source(), random.target(), random.coupling());
    int points = spec.evaluate().points();

    FlowSession teacher = spec.reflow() == null ? null : teacher(spec, c, settings);
    if (teacher != null) {
      Sampler rk4 = registries.of(ExtensionKind.SAMPLER)
          .create("rk4", Map.of("steps", spec.reflow().steps()), Sampler.class).instance();
      batches.withTeacher(x0 -> new Points(teacher.sample(rk4, x0, false).end(), x0.count(), x0.dim()));
    }
    try (FlowSession closeTeacher = teacher;
        FlowSession flow = new FlowSession(c, spec, settings, random.init(), random.graphSeed())) {
      // The run directory is touched only now that the graph is built: a run that fails to start
      // leaves an earlier run in the same directory as it was.
      RunDirectory dir = options.outDir() == null ? null : RunDirectory.create(options.outDir());
      if (dir != null) {
        dir.writeConfig(config);
        ExperimentFile.write(dir.path(), spec);
      }
      Points probe = c.source.instance().sample(points, random.probe()).points();
      double w2Untrained = W2.between(
          new Points(flow.sample(c.sampler.instance(), probe, labels(flow, c, points, random.probe()), false).end(),
              points, flow.dim),
          c.target.instance().sample(points, random.probe()).points());

      TrainingStats stats;
      int couplingWorkers;
      try (Prefetcher prefetcher = new Prefetcher(batches, spec.train().pipeline(),
              spec.train().resolvedWorkers(Runtime.getRuntime().availableProcessors()));
          Progress progress = Progress.start("train " + spec.name(), spec.train().steps(), options.progress())) {
        couplingWorkers = prefetcher.workers();
        Trainer trainer = new Trainer(flow.session, flow.training, spec.train().batchSize(), flow.dim);
        stats = trainer.train(prefetcher, spec.train().steps(), spec.train().logEvery(), row -> {
          progress.stepTo(row.step());
          progress.extra(String.format("loss %.4f", row.loss()));
          if (dir != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", row.step());
            m.put("loss", row.loss());
            m.put("elapsed", row.elapsed());
            dir.appendMetrics(m);
          }
        });
      }
      // Averaged weights (train.ema) replace the final iterate before anything is saved or sampled.
      if (stats.steps() > 0) flow.training.installAverage(flow.session);
      if (dir != null) flow.save(dir.path().resolve("checkpoint"));

      Map<String, Object> summary = new LinkedHashMap<>();
      Generated generated = sampleAndEvaluate(flow, c, spec, random.evaluation(), dir, summary);
      summary.put("w2_untrained", w2Untrained);
      summary.put("final_loss", stats.finalLoss());
      summary.put("train_steps", stats.steps());
      summary.put("train_seconds", stats.seconds());
      summary.put("train_steps_per_second", stats.stepsPerSecond());
      summary.put("time_draw_seconds", stats.drawSeconds());
      summary.put("time_coupling_seconds", stats.couplingSeconds());
      summary.put("time_wait_for_batch_seconds", stats.waitSeconds());
      summary.put("time_tensorflow_seconds", stats.tensorflowSeconds());
      summary.put("train_coupling_workers", couplingWorkers);
      if (dir != null) {
        if (stats.loggedSteps().length > 0) dir.writeLossCurve("loss.png", stats.loggedSteps(), stats.loggedLosses());
        dir.writeSummary(summary);
      }
      return new RunResult(dir == null ? null : dir.path(), config, summary, generated.points, generated.labels, stats);
    }
  }

  /**
   * Evaluates a saved run again (e.g. with other metrics): rebuilds its graph from
   * {@code experiment.json} with {@code overrides} applied, restores the checkpoint, samples and
   * writes {@code eval.json} (and the samples and plot of this evaluation) into the run directory.
   */
  public RunResult evaluate(Path runDir, List<String> overrides) {
    ExperimentSpec spec = Overrides.apply(ExperimentFile.read(runDir), overrides);
    Components c = resolve(spec);
    SessionSettings settings = SessionSettings.of(spec.runtime());
    RandomStreams random = RandomStreams.of(spec.seed());
    try (FlowSession flow = new FlowSession(c, spec, settings, random.init(), random.graphSeed())) {
      flow.restore(runDir.resolve("checkpoint"));
      Map<String, Object> summary = new LinkedHashMap<>();
      RunDirectory dir = RunDirectory.open(runDir);
      Generated generated = sampleAndEvaluate(flow, c, spec, random.evaluation(), null, summary);
      dir.writeSummary("eval.json", summary);
      return new RunResult(runDir, Config.of(spec, c, settings), summary, generated.points, generated.labels, null);
    }
  }

  /** The {@code sample.count} generated points, and the classes they were generated for (null if unconditional). */
  private record Generated(Points points, int[] labels) {}

  private Generated sampleAndEvaluate(FlowSession flow, Components c, ExperimentSpec spec, SplittableRandom random,
      RunDirectory dir, Map<String, Object> summary) {
    int count = Math.max(spec.sample().count(), spec.evaluate().points());
    long s0 = System.nanoTime();
    Points start = c.source.instance().sample(count, random).points();
    boolean trajectory = spec.evaluate().metrics().contains("npe") || spec.evaluate().metrics().contains("straightness");
    int[] labels = labels(flow, c, count, random);
    Solution solution = flow.sample(c.sampler.instance(), start, labels, trajectory);
    double sampleSeconds = (System.nanoTime() - s0) / 1e9;
    Points all = new Points(solution.end(), count, flow.dim);
    int points = spec.evaluate().points();
    Solution evalSolution = head(solution, points, flow.dim);
    summary.putAll(Evaluation.compute(flow, c, spec.evaluate(), registries, head(start, points), evalSolution,
        labels == null ? null : java.util.Arrays.copyOf(labels, points), random));
    summary.put("eval_points", points);
    summary.put("nfe", solution.nfe());
    if (solution.rejected() > 0 || c.sampler.instance() instanceof io.flowbridge.api.sampler.AdaptiveSampler) {
      summary.put("accepted_steps", solution.accepted());
      summary.put("rejected_steps", solution.rejected());
    }
    summary.put("sample_seconds", sampleSeconds);
    Points generated = head(all, spec.sample().count());
    int[] generatedLabels = labels == null ? null : java.util.Arrays.copyOf(labels, spec.sample().count());
    if (dir != null) {
      int[] shape = c.target.instance().shape();
      int paths = Math.min(RunDirectory.trajectoryPaths(shape, flow.dim), count);
      int[] pathLabels = labels == null ? null : java.util.Arrays.copyOf(labels, paths);
      Solution path = solution.hasTrajectory() ? solution : flow.sample(c.sampler.instance(), head(start, paths),
          pathLabels, true);
      dir.writeTrajectories("trajectories.png", spec.name() + ": sample paths (" + spec.method() + ")", path.times(),
          path.states(), path.end().length / flow.dim, flow.dim, paths, shape, pathLabels);
      dir.writeSamples(generated, generatedLabels);
      dir.writeSamplesPicture("samples.png", spec.name() + ": generated vs target"
              + (labels == null ? "" : " (guidance w = " + spec.condition().guidance() + ")"),
          head(all, points), labels == null ? null : java.util.Arrays.copyOf(labels, points), flow.classes, shape,
          c.target.instance().sample(points, random));
    }
    return new Generated(generated, generatedLabels);
  }

  /** The trained flow of a reflow experiment's teacher run, restored from its checkpoint. */
  private FlowSession teacher(ExperimentSpec spec, Components c, SessionSettings settings) {
    Path dir = Path.of(spec.reflow().from());
    ExperimentSpec teacherSpec = ExperimentFile.read(dir);
    Components tc = resolve(teacherSpec);
    if (!tc.source().key().equals(c.source().key()) || tc.target().instance().dim() != c.target().instance().dim()) {
      throw new FlowbridgeException("reflow: teacher run " + dir + " maps '" + tc.source().key() + "' in dimension "
          + tc.target().instance().dim() + ", but this experiment's source is '" + c.source().key() + "' in dimension "
          + c.target().instance().dim());
    }
    if (spec.reflow().steps() < 1) {
      throw new FlowbridgeException("reflow.steps = " + spec.reflow().steps() + " is out of range; accepted: >= 1");
    }
    RandomStreams r = RandomStreams.of(teacherSpec.seed());
    FlowSession t = new FlowSession(tc, teacherSpec, settings, r.init(), r.graphSeed());
    try {
      t.restore(dir.resolve("checkpoint"));
      return t;
    } catch (RuntimeException e) {
      t.close();
      throw e;
    }
  }

  /** Labels to generate for a class-conditional run, drawn with the target's class frequencies; null otherwise. */
  private static int[] labels(FlowSession flow, Components c, int n, java.util.random.RandomGenerator random) {
    return flow.classes > 0 ? c.target.instance().sample(n, random).labels() : null;
  }

  private static Points head(Points p, int n) {
    if (p.count() == n) return p;
    float[] v = new float[n * p.dim()];
    System.arraycopy(p.values(), 0, v, 0, v.length);
    return new Points(v, n, p.dim());
  }

  private static Solution head(Solution s, int n, int dim) {
    if (s.end().length == n * dim) return s;
    float[][] states = null;
    if (s.hasTrajectory()) {
      states = new float[s.states().length][];
      for (int k = 0; k < states.length; k++) states[k] = java.util.Arrays.copyOf(s.states()[k], n * dim);
    }
    return new Solution(java.util.Arrays.copyOf(s.end(), n * dim), s.nfe(), s.accepted(), s.rejected(), s.times(), states);
  }
}
