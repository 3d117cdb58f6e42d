package io.flowbridge.core.engine;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.model.Network;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.runtime.SessionSettings;
import io.flowbridge.core.sample.FieldOfNetwork;
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

  FlowSession(ExperimentRunner.Components c, ExperimentSpec spec, SessionSettings settings, RandomGenerator init,
      long graphSeed) {
    this.dim = c.target().instance().dim();
    this.graph = new Graph();
    try {
      this.tf = Ops.create(graph).withDevice(settings.device());
      this.network = c.model().instance().build(tf, dim, init);
      this.training = TrainingGraph.build(tf, c.interpolant().instance(), network, spec.train().batchSize(), dim,
          spec.train().optimizer(), spec.train().time(), graphSeed);
      this.field = c.source().instance().isStandardGaussian()
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

  /** Transports {@code start} from t = 0 to t = 1 along the learned field. */
  Solution sample(Sampler sampler, Points start, boolean trajectory) {
    return integrator.integrate(sampler, field, start, 0f, 1f, trajectory);
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
