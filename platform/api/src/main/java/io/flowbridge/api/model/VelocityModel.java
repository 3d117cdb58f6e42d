package io.flowbridge.api.model;

import java.util.random.RandomGenerator;
import org.tensorflow.op.Ops;

/** Builds a network v_θ(x, t) on a graph, with its own variables initialised from {@code random}. */
public interface VelocityModel {
  /**
   * Creates the network's variables for data of dimension {@code dim}. Variable names must not
   * contain '/'. Initial values come from {@code random}, so a seed reproduces them.
   */
  Network build(Ops tf, int dim, RandomGenerator random);
}
