package io.flowbridge.core.sample;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.sampler.AdaptiveSampler;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

/**
 * Integrates vector fields with any sampler plugin on one graph and session: fixed-step solvers
 * run unrolled blocks inside TensorFlow ({@link SamplingGraph}), adaptive ones a host-side
 * step-size controller ({@link AdaptiveGraph}). Graphs are built once per (sampler, field, span)
 * and reused. Forward (t0 &lt; t1) and backward integration alike.
 */
public final class Integrator {
  private final Ops tf;
  private final Session session;
  private final Map<List<Object>, Object> graphs = new HashMap<>();

  public Integrator(Ops tf, Session session) {
    this.tf = tf;
    this.session = session;
  }

  /** Integrates {@code start} from {@code t0} to {@code t1}; keeps the trajectory if asked. */
  public Solution integrate(Sampler sampler, VectorField field, Points start, float t0, float t1, boolean trajectory) {
    return integrate(sampler, field, start, t0, t1, trajectory, SamplingGraph.BLOCK);
  }

  /**
   * As above with at most {@code block} fixed steps unrolled per {@code Session.run}: 1 for fields
   * whose graph is large (e.g. with gradients inside, as the likelihood's), so it is built once.
   */
  public Solution integrate(Sampler sampler, VectorField field, Points start, float t0, float t1, boolean trajectory,
      int block) {
    int dim = start.dim();
    if (sampler instanceof AdaptiveSampler adaptive) {
      AdaptiveGraph g = (AdaptiveGraph) graphs.computeIfAbsent(List.of(sampler, field, dim),
          k -> AdaptiveGraph.build(tf, adaptive, field, dim));
      return g.integrate(session, start.values(), start.count(), dim, t0, t1, trajectory);
    }
    SamplingGraph g = (SamplingGraph) graphs.computeIfAbsent(List.of(sampler, field, dim, t0, t1, block),
        k -> SamplingGraph.build(tf, sampler, field, dim, t0, t1, block));
    return g.solve(session, start.values(), start.count(), dim, trajectory);
  }
}
