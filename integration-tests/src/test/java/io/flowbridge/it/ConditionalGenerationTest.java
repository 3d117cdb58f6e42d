package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.engine.RunResult;
import io.flowbridge.core.experiment.ExperimentBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Class-conditional I-CFM on the eight Gaussians' mode labels: the points generated for each
 * class land on that class's mode (per-class W2 far below what ignoring the labels gives).
 * (With exact OT over the whole minibatch the label becomes a function of x0, and sampling with
 * x0 drawn independently of the label would leave the network's training distribution.)
 */
class ConditionalGenerationTest {
  static ExperimentBuilder base(long seed) {
    return ExperimentBuilder.experiment("conditional")
        .seed(seed)
        .target("8gaussians")
        .method("i-cfm", 0.05)
        .model("mlp", Map.of("hidden", List.of(64, 64, 64)))
        .train(t -> t.steps(1500).batchSize(256).adam(2e-3).logEvery(500))
        .sample(s -> s.solver("rk4", Map.of("steps", 20)).count(800))
        .evaluate(e -> e.w2().points(800));
  }

  @Test
  void generatedPointsObeyTheirLabels() {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      RunResult conditional = fb.runner().run(base(4).conditional(0.1, 0.0)
          .evaluate(e -> e.w2().npe().straightness().points(800)).build(), RunOptions.inMemory());
      RunResult guided = fb.runner().run(base(4).conditional(0.1, 1.0).build(), RunOptions.inMemory());
      double perClass = conditional.metric("w2_conditional");
      // Ignoring the labels, a class's points would be spread over all 8 modes: W2 to one mode > 3.
      assertTrue(perClass < 1.0, "per-class w2 " + perClass + " in " + conditional.summary());
      assertTrue(conditional.metric("w2") * 2 < conditional.metric("w2_untrained"), conditional.summary().toString());
      assertTrue(guided.metric("w2_conditional") < 1.0, guided.summary().toString());
      // Given its label, each point flows from N(0, I) to one Gaussian mode, and independent
      // coupling between two isotropic Gaussians has the (straight) OT map as its marginal flow:
      // the path energy nears E_y W2^2(p0, p1|y), unlike unconditional I-CFM (NPE ~0.2, S ~3).
      assertTrue(conditional.metric("npe") < 0.1, "conditional npe " + conditional.summary());
      assertTrue(conditional.metric("straightness") < 0.5, "conditional straightness " + conditional.summary());
      assertEquals(true, ((io.flowbridge.core.experiment.ConditionSpec) conditional.config().get("condition")).enabled());
    }
  }

  @Test
  void conditionalLikelihoodIsRefusedBeforeTraining() {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> fb.runner().run(
          base(1).conditional(0.1, 0).evaluate(ev -> ev.w2().nll()).build(), RunOptions.inMemory()));
      assertTrue(e.getMessage().contains("log p(x|y)"), e.getMessage());
    }
  }

  @Test
  void unlabelledTargetIsRefused() {
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> fb.runner().run(
          base(1).target("gaussian", Map.of("dim", 2)).conditional(0.1, 0).build(), RunOptions.inMemory()));
      assertTrue(e.getMessage().contains("needs a labelled target"), e.getMessage());
    }
  }
}
