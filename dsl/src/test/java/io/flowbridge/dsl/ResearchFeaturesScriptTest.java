package io.flowbridge.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.option.TimeFunction;
import io.flowbridge.core.experiment.ComponentSpec;
import io.flowbridge.core.experiment.ExperimentSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research features of the script language: presets, time sampling, conditioning, metrics, inline bridges. */
class ResearchFeaturesScriptTest {
  @TempDir Path dir;

  @Test
  void everyFeatureReachesTheSpec() throws Exception {
    Path script = Files.writeString(dir.resolve("features.flow.kts"), """
        experiment("features") {
            target = dataset("moons")
            method("sb-cfm", sigma = 0.5)
            interpolant {
                alpha { tf, t -> tf.math.sub(tf.constant(1f), t) }
                beta { tf, t -> t }
                timeMargin = 1e-3
            }
            conditional(labelDropout = 0.2, guidance = 1.5)
            train { steps = 10; logitNormalTime(mean = 0.5, std = 0.8) }
            sample { solver("dopri5") { option("rtol", 1e-6) } }
            evaluate { w2(); mmd(listOf(0.5, 1.0)); npe(); straightness(); nll(divergence = "exact", probes = 2); likelihoodPoints = 50 }
        }
        """);
    ExperimentSpec spec = new ScriptLoader(dir.resolve("cache"), w -> {}).load(script);
    assertEquals("sb-cfm", spec.method());
    assertEquals(new ComponentSpec("sinkhorn", Map.of("reg", 0.5, "normalizeCost", false)), spec.coupling());
    assertEquals("inline", spec.interpolant().key());
    assertInstanceOf(TimeFunction.class, spec.interpolant().options().get("alpha"));
    assertEquals(1e-3, spec.interpolant().options().get("timeMargin"));
    assertTrue(spec.condition().enabled());
    assertEquals(0.2, spec.condition().labelDropout());
    assertEquals(1.5, spec.condition().guidance());
    assertEquals("logit-normal", spec.train().time().kind());
    assertEquals(0.8, spec.train().time().std());
    assertEquals(1e-6, spec.sample().solver().options().get("rtol"));
    assertEquals(List.of("w2", "mmd", "npe", "straightness", "nll"), spec.evaluate().metrics());
    assertEquals(List.of(0.5, 1.0), spec.evaluate().mmdBandwidths());
    assertEquals("exact", spec.evaluate().divergence());
    assertEquals(2, spec.evaluate().probes());
    assertEquals(50, spec.evaluate().likelihoodPoints());
  }
}
