package io.flowbridge.core.engine;

import java.util.SplittableRandom;

/**
 * The independent random streams of one experiment, all derived from its seed: network
 * initialisation, the untrained-model probe, evaluation, and the source, target and coupling
 * streams of training. A re-evaluation of a saved run gets the same evaluation draws as the run.
 */
record RandomStreams(SplittableRandom init, SplittableRandom probe, SplittableRandom evaluation,
    SplittableRandom source, SplittableRandom target, SplittableRandom coupling, long graphSeed) {
  static RandomStreams of(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    return new RandomStreams(root.split(), root.split(), root.split(), root.split(), root.split(), root.split(),
        root.nextLong());
  }
}
