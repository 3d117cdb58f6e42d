package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import io.flowbridge.core.experiment.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trains every combination of the built-in interpolants × couplings × samplers × targets for a
 * few hundred steps, from the packaged zips in deployment mode, and checks that each learns:
 * the loss falls and W2 to the target is at least twice better than the untrained model's.
 */
class PluginMatrixTest extends InstalledPlatform {
  static Stream<Arguments> combinations() {
    List<Arguments> out = new ArrayList<>();
    for (String interpolant : List.of("linear", "rectified")) {
      for (String coupling : List.of("independent", "exact-ot")) {
        for (String sampler : List.of("euler", "rk4")) {
          for (String target : List.of("8gaussians", "moons")) {
            out.add(Arguments.of(interpolant, coupling, sampler, target));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} + {1} + {2} -> {3}")
  @MethodSource("combinations")
  void everyCombinationLearns(String interpolant, String coupling, String sampler, String target) {
    ExperimentSpec spec = ExperimentBuilder.experiment("matrix")
        .seed(11)
        .source("gaussian", Map.of("dim", 2))
        .target(target)
        .interpolant(interpolant, interpolant.equals("linear") ? Map.of("sigma", 0.05) : Map.of())
        .coupling(coupling)
        .model("mlp", Map.of("hidden", List.of(64, 64, 64)))
        .train(t -> t.steps(600).batchSize(256).adam(2e-3).logEvery(50))
        .sample(s -> s.solver(sampler, Map.of("steps", 20)).count(1000))
        .evaluate(e -> e.w2().points(1000))
        .build();
    RunResult r = platform.runner().run(spec, RunOptions.inMemory());
    double[] losses = r.training().loggedLosses();
    assertTrue(losses[losses.length - 1] < losses[0],
        "loss should fall: first window " + losses[0] + ", last " + losses[losses.length - 1]);
    double w2 = r.metric("w2");
    double untrained = r.metric("w2_untrained");
    assertTrue(w2 * 2 <= untrained, "w2 " + w2 + " should be at most half the untrained model's " + untrained);
  }
}
