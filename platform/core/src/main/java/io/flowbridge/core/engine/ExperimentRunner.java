package io.flowbridge.core.engine;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.model.Network;
import io.flowbridge.api.model.VelocityModel;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.core.experiment.ComponentSpec;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.metric.W2;
import io.flowbridge.core.registry.Registries;
import io.flowbridge.core.registry.Resolved;
import io.flowbridge.core.run.Progress;
import io.flowbridge.core.run.RunDirectory;
import io.flowbridge.core.runtime.SessionSettings;
import io.flowbridge.core.sample.FieldOfNetwork;
import io.flowbridge.core.sample.SamplingGraph;
import io.flowbridge.core.train.MinibatchSource;
import io.flowbridge.core.train.Prefetcher;
import io.flowbridge.core.train.Trainer;
import io.flowbridge.core.train.TrainingGraph;
import io.flowbridge.core.train.TrainingStats;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

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
    RunDirectory dir = options.outDir() == null ? null : RunDirectory.create(options.outDir());
    Map<String, Object> config = Config.of(spec, c, settings);
    if (!Config.bitReproducible()) {
      LOG.warn("TensorFlow's oneDNN kernels are on: runs with the same seed will differ in the last digits; "
          + "set TF_ENABLE_ONEDNN_OPTS=0 (the flowbridge launcher does) for bit-reproducible runs");
    }
    if (dir != null) dir.writeConfig(config);

    SplittableRandom root = new SplittableRandom(spec.seed());
    SplittableRandom init = root.split();
    SplittableRandom evalRandom = root.split();
    MinibatchSource batches = new MinibatchSource(c.source.instance(), c.target.instance(), c.coupling.instance(),
        c.coupling.key(), spec.train().batchSize(), root.split(), root.split(), root.split());
    long graphSeed = root.nextLong();
    int dim = c.target.instance().dim();
    int points = spec.evaluate().points();

    try (Graph graph = new Graph()) {
      Ops tf = Ops.create(graph).withDevice(settings.device());
      Network net = c.model.instance().build(tf, dim, init);
      TrainingGraph training = TrainingGraph.build(tf, c.interpolant.instance(), net, spec.train().batchSize(), dim,
          spec.train().optimizer(), graphSeed);
      SamplingGraph sampling = SamplingGraph.build(tf, c.sampler.instance(), new FieldOfNetwork(net), dim, 0f, 1f);
      try (Session session = new Session(graph, settings.configProto())) {
        session.initialize();
        double w2Untrained = w2Of(session, sampling, c, points, dim, evalRandom);

        TrainingStats stats;
        try (Prefetcher prefetcher = new Prefetcher(batches, spec.train().pipeline());
            Progress progress = Progress.start("train " + spec.name(), spec.train().steps(), options.progress())) {
          Trainer trainer = new Trainer(session, training, spec.train().batchSize(), dim);
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

        long s0 = System.nanoTime();
        int count = spec.sample().count();
        Points start = c.source.instance().sample(count, evalRandom).points();
        Points generated = new Points(sampling.integrate(session, start.values(), count, dim), count, dim);
        double sampleSeconds = (System.nanoTime() - s0) / 1e9;

        Map<String, Object> summary = new LinkedHashMap<>();
        Points target = c.target.instance().sample(points, evalRandom).points();
        Points evalGenerated = generated.count() >= points ? head(generated, points)
            : new Points(sampling.integrate(session, c.source.instance().sample(points, evalRandom).points().values(), points, dim), points, dim);
        summary.put("w2", W2.between(evalGenerated, target));
        summary.put("w2_floor", W2.between(c.target.instance().sample(points, evalRandom).points(), target));
        summary.put("w2_untrained", w2Untrained);
        summary.put("eval_points", points);
        summary.put("nfe", sampling.nfe());
        summary.put("final_loss", stats.finalLoss());
        summary.put("train_steps", stats.steps());
        summary.put("train_seconds", stats.seconds());
        summary.put("train_steps_per_second", stats.stepsPerSecond());
        summary.put("time_draw_seconds", stats.drawSeconds());
        summary.put("time_coupling_seconds", stats.couplingSeconds());
        summary.put("time_wait_for_batch_seconds", stats.waitSeconds());
        summary.put("time_tensorflow_seconds", stats.tensorflowSeconds());
        summary.put("sample_seconds", sampleSeconds);

        if (dir != null) {
          dir.writeSamples(generated);
          dir.writeScatter("samples.png", spec.name() + ": generated vs target", evalGenerated, target);
          if (stats.loggedSteps().length > 0) dir.writeLossCurve("loss.png", stats.loggedSteps(), stats.loggedLosses());
          dir.writeSummary(summary);
        }
        return new RunResult(dir == null ? null : dir.path(), config, summary, generated, stats);
      }
    }
  }

  private static double w2Of(Session session, SamplingGraph sampling, Components c, int points, int dim,
      SplittableRandom random) {
    Points start = c.source.instance().sample(points, random).points();
    Points generated = new Points(sampling.integrate(session, start.values(), points, dim), points, dim);
    return W2.between(generated, c.target.instance().sample(points, random).points());
  }

  private static Points head(Points p, int n) {
    float[] v = new float[n * p.dim()];
    System.arraycopy(p.values(), 0, v, 0, v.length);
    return new Points(v, n, p.dim());
  }
}
