package io.flowbridge.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverridesTest {
  private final ExperimentSpec base = ExperimentBuilder.experiment("x")
      .seed(7)
      .target("moons")
      .interpolant("linear", Map.of("sigma", 0.1))
      .model("mlp", Map.of("hidden", List.of(64, 64)))
      .train(t -> t.steps(1000).adam(1e-3))
      .sample(s -> s.solver("rk4", Map.of("steps", 100)))
      .build();

  @Test
  void scalarsAreConvertedToTheirSettingsType() {
    ExperimentSpec s = Overrides.apply(base, List.of("train.steps=200", "seed=3", "train.optimizer.lr=0.01",
        "train.pipeline=false", "runtime.device=gpu:0"));
    assertEquals(200, s.train().steps());
    assertEquals(3, s.seed());
    assertEquals(0.01, s.train().optimizer().lr(), 0);
    assertEquals(false, s.train().pipeline());
    assertEquals("gpu:0", s.runtime().device());
    assertEquals(base.interpolant(), s.interpolant());
  }

  @Test
  void pluginOptionsAndKeysCanBeOverridden() {
    ExperimentSpec s = Overrides.apply(base, List.of("interpolant.sigma=0.2", "sample.solver.steps=50",
        "model.hidden=32,32", "coupling=exact-ot", "source.dim=2"));
    assertEquals("0.2", s.interpolant().options().get("sigma"));
    assertEquals("50", s.sample().solver().options().get("steps"));
    assertEquals("32,32", s.model().options().get("hidden"));
    assertEquals("exact-ot", s.coupling().key());
    assertEquals("2", s.source().options().get("dim"));
  }

  @Test
  void functionOptionsSurviveOverrides() {
    io.flowbridge.api.option.TimeFunction alpha = (tf, t) -> t;
    ExperimentSpec withFunction = ExperimentBuilder.experiment("f").target("moons")
        .interpolant("inline", Map.of("alpha", alpha, "timeMargin", 0.01)).build();
    ExperimentSpec s = Overrides.apply(withFunction, List.of("train.steps=5", "interpolant.timeMargin=0.02"));
    assertTrue(s.interpolant().options().get("alpha") == alpha);
    assertEquals("0.02", s.interpolant().options().get("timeMargin"));
  }

  @Test
  void listsAreSplitOnCommas() {
    ExperimentSpec s = Overrides.apply(base, List.of("evaluate.metrics=w2,mmd, nll", "evaluate.mmdBandwidths=0.1,2"));
    assertEquals(List.of("w2", "mmd", "nll"), s.evaluate().metrics());
    assertEquals(List.of(0.1, 2.0), s.evaluate().mmdBandwidths());
  }

  @Test
  void swappingAPluginDropsTheOldPluginsOptions() {
    ExperimentSpec s = Overrides.apply(base, List.of("interpolant=rectified"));
    assertEquals("rectified", s.interpolant().key());
    assertTrue(s.interpolant().options().isEmpty());
  }

  @Test
  void errorsNameThePathAndSuggest() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> Overrides.apply(base, List.of("train.step=3")));
    assertTrue(e.getMessage().contains("no setting 'step' (did you mean 'steps'?)"), e.getMessage());
    e = assertThrows(FlowbridgeException.class, () -> Overrides.apply(base, List.of("train.steps=many")));
    assertTrue(e.getMessage().contains("train.steps=many: expected a whole number"), e.getMessage());
    e = assertThrows(FlowbridgeException.class, () -> Overrides.apply(base, List.of("train=3")));
    assertTrue(e.getMessage().contains("is a group"), e.getMessage());
    e = assertThrows(FlowbridgeException.class, () -> Overrides.apply(base, List.of("train.steps")));
    assertTrue(e.getMessage().contains("expected path=value"), e.getMessage());
  }
}
