package io.flowbridge.api.coupling;

import io.flowbridge.api.data.Points;
import java.util.random.RandomGenerator;

/**
 * Pairs the source and target samples of one minibatch (MATH.md §3). Runs on the host in plain
 * Java, on a training-loop thread; must be fast enough to hide behind a training step.
 * Implementations must be deterministic given the same inputs and random generator.
 */
public interface Coupling {
  /**
   * Chooses pairs between {@code source} ({@code [n, d]}) and {@code target} ({@code [m, d]}).
   * Returns as many pairs as the training batch needs (n when n = m).
   */
  Pairing pair(Points source, Points target, RandomGenerator random);

  /**
   * The pairs for labelled minibatches; by default labels are ignored and the labels of a pair
   * are those of its rows (they travel with the indices).
   */
  default Pairing pair(Points source, int[] sourceLabels, Points target, int[] targetLabels,
      RandomGenerator random) {
    return pair(source, target, random);
  }

  /**
   * Whether {@code pair} may run on several threads at once, on different minibatches (no mutable
   * state shared between calls). Training then couples the next few minibatches in parallel
   * ({@code train.workers}). False by default, which keeps coupling on one worker thread.
   */
  default boolean concurrent() {
    return false;
  }
}
