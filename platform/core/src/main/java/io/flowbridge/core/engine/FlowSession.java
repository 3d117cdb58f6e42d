package io.flowbridge.core.engine;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.model.Network;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.runtime.SessionSettings;
import io.flowbridge.core.sample.FieldOfNetwork;
import io.flowbridge.core.sample.GuidedField;
import io.flowbridge.core.sample.Integrator;
import io.flowbridge.core.sample.Solution;
import io.flowbridge.core.sample.VelocityScoreField;
import io.flowbridge.core.train.TrainingGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

/**
 * One experiment's TensorFlow state: the graph with the network, the training step, the learned
 * field and the integrator, and the session holding the variables. Closing it frees both.
 */
final class FlowSession implements AutoCloseable {
  final Graph graph;
  final Ops tf;
  final Network network;
  final TrainingGraph training;
  final VectorField field;
  final Session session;
  final Integrator integrator;
  final int dim;
  /** Classes of a class-conditional run (0 otherwise), its guided field and the target drawing labels. */
  final int classes;
  private final GuidedField guided;
  private final io.flowbridge.api.dataset.Dataset target;

  FlowSession(ExperimentRunner.Components c, ExperimentSpec spec, SessionSettings settings, RandomGenerator init,
      long graphSeed) {
    this.dim = c.target().instance().dim();
    this.target = c.target().instance();
    var condition = spec.condition();
    this.classes = condition.enabled() ? target.classes() : 0;
    if (condition.enabled() && classes == 0) {
      throw new FlowbridgeException("conditional generation needs a labelled target, but '" + c.target().key()
          + "' has no class labels");
    }
    this.graph = new Graph();
    try {
      this.tf = Ops.create(graph).withDevice(settings.device());
      this.network = c.model().instance().build(tf, dim, classes, init);
      String objective = spec.train().objective();
      Network second = objective.equals("velocity") ? null : c.model().instance().build(tf, dim, init);
      this.training = TrainingGraph.build(tf, c.interpolant().instance(), network, second, objective,
          spec.train().batchSize(), dim, spec.train().optimizer(), spec.train().time(), classes,
          condition.labelDropout(), spec.train().ema(), graphSeed);
      this.guided = classes > 0
          ? new GuidedField(network, dim, classes, condition.guidance()) : null;
      this.field = second != null
          ? new io.flowbridge.core.sample.LearnedScoreField(network, second, c.interpolant().instance(),
              objective.equals("velocity-denoiser"))
          : c.source().instance().isStandardGaussian()
              ? new VelocityScoreField(network, c.interpolant().instance())
              : new FieldOfNetwork(network);
      this.session = new Session(graph, settings.configProto());
      session.initialize();
      this.integrator = new Integrator(tf, session);
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** A probe of the field that generates: the guided one (with labels) in a class-conditional run. */
  io.flowbridge.core.metric.VelocityProbe velocityProbe() {
    return guided == null
        ? new io.flowbridge.core.metric.VelocityProbe(tf, session, field, dim)
        : io.flowbridge.core.metric.VelocityProbe.labelled(tf, session, guided, dim);
  }

  /** Transports {@code start} from t = 0 to t = 1 along the learned field (unconditional runs). */
  Solution sample(Sampler sampler, Points start, boolean trajectory) {
    return sample(sampler, start, null, trajectory);
  }

  /**
   * Transports {@code start} along the learned field; a class-conditional run generates for
   * {@code labels} (drawn from the target's class frequencies when null) with guidance.
   */
  Solution sample(Sampler sampler, Points start, int[] labels, boolean trajectory) {
    if (guided == null) return integrator.integrate(sampler, field, start, 0f, 1f, trajectory);
    int n = start.count();
    if (labels == null) throw new IllegalArgumentException("a class-conditional run samples for given labels");
    float[] z = GuidedField.withLabels(start.values(), labels, n, dim);
    Solution s = integrator.integrate(sampler, guided, new Points(z, n, dim + 1), 0f, 1f, trajectory);
    float[][] states = null;
    if (s.hasTrajectory()) {
      states = new float[s.states().length][];
      for (int k = 0; k < states.length; k++) {
        states[k] = GuidedField.withoutLabels(s.states()[k], n, dim);
      }
    }
    return new Solution(GuidedField.withoutLabels(s.end(), n, dim), s.nfe(), s.accepted(), s.rejected(), s.times(),
        states);
  }

  /** Saves every variable (network and optimizer state) under {@code dir/model}. */
  void save(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new FlowbridgeException("cannot create checkpoint directory " + dir + ": " + e.getMessage(), e);
    }
    session.save(dir.resolve("model").toString());
  }

  /** Restores the variables saved by {@link #save}. */
  void restore(Path dir) {
    if (!Files.isRegularFile(dir.resolve("model.index"))) {
      throw new FlowbridgeException("no checkpoint at " + dir + " (expected " + dir.resolve("model.index") + ")");
    }
    session.restore(dir.resolve("model").toString());
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }
}
