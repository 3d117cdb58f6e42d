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

  /**
   * Creates a class-conditional network for {@code classes} labels plus one "no label" class
   * (index {@code classes}) for classifier-free guidance (MATH.md §2). Models that cannot condition
   * on labels keep this default, which refuses.
   */
  default Network build(Ops tf, int dim, int classes, RandomGenerator random) {
    if (classes == 0) return build(tf, dim, random);
    throw new io.flowbridge.api.error.FlowbridgeException(getClass().getSimpleName()
        + " cannot condition on class labels; use a model that supports conditional generation (e.g. mlp)");
  }
}
