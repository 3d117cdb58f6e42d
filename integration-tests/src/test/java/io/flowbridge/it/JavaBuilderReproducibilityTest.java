package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.experiment.RuntimeSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quickstart experiment built in plain Java (no script), run through the installed plugins:
 * a seed reproduces the run exactly, with or without the pipelined coupling and whatever the number
 * of coupling workers; another seed differs.
 */
class JavaBuilderReproducibilityTest {
  static ExperimentSpec quickstart(long seed, boolean pipeline) {
    return quickstart(seed, pipeline, "exact-ot", 0);
  }

  static ExperimentSpec quickstart(long seed, boolean pipeline, String coupling, int workers) {
    return builder(seed, pipeline, coupling, workers).build();
  }

  static ExperimentBuilder builder(long seed, boolean pipeline, String coupling, int workers) {
    return ExperimentBuilder.experiment("java-quickstart")
        .seed(seed)
        .source("gaussian", Map.of("dim", 2))
        .target("8gaussians")
        .interpolant("linear", Map.of("sigma", 0.1))
        .coupling(coupling)
        .model("mlp", Map.of("hidden", List.of(64, 64, 64), "activation", "selu"))
        .train(t -> t.steps(300).batchSize(256).adam(1e-3).logEvery(100).pipeline(pipeline).workers(workers))
        .sample(s -> s.solver("rk4", Map.of("steps", 10)).count(500))
        .evaluate(e -> e.w2().points(500));
  }

  @Test
  void aSeedReproducesTheRunExactly() {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      RunResult a = fb.runner().run(quickstart(5, true), RunOptions.inMemory());
      RunResult b = fb.runner().run(quickstart(5, true), RunOptions.inMemory());
      RunResult serial = fb.runner().run(quickstart(5, false), RunOptions.inMemory());
      RunResult other = fb.runner().run(quickstart(6, true), RunOptions.inMemory());

      assertArrayEquals(a.samples().values(), b.samples().values());
      assertArrayEquals(a.training().loggedLosses(), b.training().loggedLosses());
      assertEquals(a.metric("w2"), b.metric("w2"));
      assertArrayEquals(a.samples().values(), serial.samples().values(), "pipelining must not change the batches");
      assertFalse(Arrays.equals(a.samples().values(), other.samples().values()));
      assertTrue(a.metric("w2") < a.metric("w2_untrained"));
    }
  }

  /**
   * The default runs TensorFlow's ops on the calling thread; a pool of one inter-op thread runs
   * the same chain of ops in the same order, so the run is the same to the bit.
   */
  @Test
  void opsOnTheCallingThreadGiveThePoolsRun() {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      ExperimentSpec inline = builder(9, true, "exact-ot", 0).build();
      assertEquals(RuntimeSpec.CALLER_THREAD, inline.runtime().interOpThreads());
      RunResult caller = fb.runner().run(inline, RunOptions.inMemory());
      ExperimentSpec onePool =
          builder(9, true, "exact-ot", 0).runtime(r -> r.interOpThreads(1)).build();
      RunResult pool = fb.runner().run(onePool, RunOptions.inMemory());

      assertArrayEquals(pool.training().loggedLosses(), caller.training().loggedLosses());
      assertArrayEquals(pool.samples().values(), caller.samples().values());
      assertEquals(pool.metric("w2"), caller.metric("w2"));
    }
  }

  /**
   * Sinkhorn draws its pairs from the plan with the coupling's random stream: with three workers
   * coupling minibatches in parallel (finishing out of order) the run is still the serial one.
   */
  @Test
  void parallelCouplingWorkersGiveTheSerialRun() {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      RunResult serial = fb.runner().run(quickstart(7, false, "sinkhorn", 1), RunOptions.inMemory());
      RunResult parallel = fb.runner().run(quickstart(7, true, "sinkhorn", 3), RunOptions.inMemory());
      RunResult one = fb.runner().run(quickstart(7, true, "sinkhorn", 1), RunOptions.inMemory());

      assertArrayEquals(serial.training().loggedLosses(), parallel.training().loggedLosses());
      assertArrayEquals(serial.samples().values(), parallel.samples().values());
      assertArrayEquals(serial.samples().values(), one.samples().values());
      assertTrue(serial.metric("w2") < serial.metric("w2_untrained"));
      assertEquals(0, serial.metric("train_coupling_workers"));
      assertEquals(3, parallel.metric("train_coupling_workers"));
      assertEquals(1, one.metric("train_coupling_workers"));
    }
  }
}
