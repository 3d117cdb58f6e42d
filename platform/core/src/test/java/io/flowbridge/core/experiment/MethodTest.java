package io.flowbridge.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodTest {
  static ExperimentSpec with(String method, double sigma) {
    return ExperimentBuilder.experiment("m").target("moons").method(method, sigma).build();
  }

  @Test
  void presetsExpandToInterpolantAndCoupling() {
    ExperimentSpec ot = with("ot-cfm", 0.2);
    assertEquals(new ComponentSpec("linear", Map.of("sigma", 0.2)), ot.interpolant());
    assertEquals(ComponentSpec.of("exact-ot"), ot.coupling());
    assertEquals("ot-cfm", ot.method());
    ExperimentSpec sb = with("sb-cfm", 0.5);
    assertEquals(new ComponentSpec("brownian-bridge", Map.of("sigma", 0.5)), sb.interpolant());
    assertEquals(new ComponentSpec("sinkhorn", Map.of("reg", 0.5, "normalizeCost", false)), sb.coupling());
    assertEquals("lipman", with("fm", 1e-3).interpolant().key());
    assertEquals("rectified", with("rf", 0).interpolant().key());
    assertEquals("independent", with("i-cfm", 0.1).coupling().key());
    ExperimentSpec sf2m = with("sf2m", 0.2);
    assertEquals("brownian-bridge", sf2m.interpolant().key());
    assertEquals("exact-ot", sf2m.coupling().key());
    assertEquals("velocity-score", sf2m.train().objective());
    assertEquals("custom", ExperimentBuilder.experiment("c").target("moons").build().method());
  }

  @Test
  void laterCallsOverrideThePreset() {
    ExperimentSpec s = ExperimentBuilder.experiment("m").target("moons").method("ot-cfm").coupling("independent").build();
    assertEquals("independent", s.coupling().key());
    assertEquals(new ComponentSpec("linear", Map.of("sigma", 0.1)), s.interpolant());
  }

  @Test
  void unknownAndUnavailableMethodsAreNamed() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> with("ot-cmf", 0.1));
    assertTrue(e.getMessage().startsWith("unknown method 'ot-cmf' (did you mean 'ot-cfm'?)"), e.getMessage());
    e = assertThrows(FlowbridgeException.class, () -> with("reflow", 0.1));
    assertTrue(e.getMessage().contains("needs a trained teacher run"), e.getMessage());
    ExperimentSpec reflow = ExperimentBuilder.experiment("r").target("moons").reflow("runs/rf", 12).build();
    assertEquals("reflow", reflow.method());
    assertEquals(new ReflowSpec("runs/rf", 12), reflow.reflow());
    assertEquals("rectified", reflow.interpolant().key());
    assertThrows(FlowbridgeException.class, () -> with("sb-cfm", 0));
  }
}
