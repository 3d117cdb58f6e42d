package io.flowbridge.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrainSpecTest {
  private static TrainSpec withWorkers(int workers) {
    return new TrainSpec(10, 8, OptimizerSpec.adam(1e-3), 5, true, TimeSampling.uniform(), "velocity", 0, workers);
  }

  @Test
  void automaticWorkersFollowTheProcessorsUpToFour() {
    TrainSpec auto = withWorkers(0);
    assertEquals(1, auto.resolvedWorkers(1));
    assertEquals(2, auto.resolvedWorkers(2));
    assertEquals(4, auto.resolvedWorkers(4));
    assertEquals(TrainSpec.MAX_AUTO_WORKERS, auto.resolvedWorkers(64));
  }

  @Test
  void explicitWorkersAreKeptWhateverTheProcessors() {
    assertEquals(3, withWorkers(3).resolvedWorkers(1));
    assertEquals(8, withWorkers(8).resolvedWorkers(2));
  }

  @Test
  void builderDefaultIsAutomaticAndOverridesReachTheSpec() {
    ExperimentSpec spec = ExperimentBuilder.experiment("w").target("8gaussians").build();
    assertEquals(0, spec.train().workers());
    ExperimentSpec two = Overrides.apply(spec, java.util.List.of("train.workers=2"));
    assertEquals(2, two.train().workers());
  }
}
