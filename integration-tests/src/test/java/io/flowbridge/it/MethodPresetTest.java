package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every method preset resolves against the installed plugins and learns N(0, I) → 8gaussians. */
class MethodPresetTest extends InstalledPlatform {
  @ParameterizedTest
  @ValueSource(strings = {"i-cfm", "ot-cfm", "fm", "rf", "vp-cfm", "si-linear", "si-trig", "sf2m", "sb-cfm"})
  void presetLearns(String method) {
    RunResult r = platform.runner().run(ExperimentBuilder.experiment(method)
        .seed(2)
        .target("8gaussians")
        .method(method)
        .model("mlp", Map.of("hidden", List.of(64, 64, 64)))
        .train(t -> t.steps(700).batchSize(256).adam(2e-3).logEvery(100))
        .sample(s -> s.solver("rk4", Map.of("steps", 20)).count(800))
        .evaluate(e -> e.w2().points(800))
        .build(), RunOptions.inMemory());
    assertEquals(method, r.config().get("method"));
    assertTrue(r.metric("w2") * 2 < r.metric("w2_untrained"), method + ": " + r.summary());
  }
}
