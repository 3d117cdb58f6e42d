package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Velocity and score (or denoiser) learned jointly (MATH.md §2) between two non-Gaussian
 * distributions, where no score can be derived from the velocity: SDE sampling with the learned
 * score reaches the target.
 */
class ScoreLearningTest extends InstalledPlatform {
  static ExperimentBuilder moonsTo8Gaussians(String objective) {
    return ExperimentBuilder.experiment("score-" + objective)
        .seed(5)
        .source("moons")
        .target("8gaussians")
        .interpolant("brownian-bridge", Map.of("sigma", 0.5))
        .coupling("independent")
        .model("mlp", Map.of("hidden", List.of(64, 64, 64)))
        .train(t -> t.steps(1500).batchSize(256).adam(2e-3).logEvery(500).objective(objective))
        .sample(s -> s.solver("euler-maruyama", Map.of("steps", 100, "epsilon", 0.05)).count(800))
        .evaluate(e -> e.w2().points(800));
  }

  @ParameterizedTest
  @ValueSource(strings = {"velocity-score", "velocity-denoiser"})
  void sdeSamplingWithTheLearnedScoreReachesTheTarget(String objective) {
    RunResult r = platform.runner().run(moonsTo8Gaussians(objective).build(), RunOptions.inMemory());
    assertTrue(r.metric("w2") * 2 < r.metric("w2_untrained"), objective + ": " + r.summary());
  }

  @Test
  void withoutALearnedScoreTheSdeSamplerRefusesANonGaussianSource() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> platform.runner().run(moonsTo8Gaussians("velocity").build(), RunOptions.inMemory()));
    assertTrue(e.getMessage().contains("needs a score"), e.getMessage());
  }

  @Test
  void scoreObjectiveOnANoiselessPathIsRefused() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> platform.runner().run(
        moonsTo8Gaussians("velocity-score").interpolant("rectified").build(), RunOptions.inMemory()));
    assertTrue(e.getMessage().contains("has none (gamma = 0)"), e.getMessage());
  }
}
