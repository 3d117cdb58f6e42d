package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bridge written inline in a script trains like a plugin; a broken one is refused before training. */
class InlineBridgeTest {
  @Test
  void inlineBridgeTrainsFromTheExampleScript(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    CliRunTest.Outcome r = CliRunTest.flowbridge("run", CliRunTest.example("inline-bridge.flow.kts").toString(),
        "--out", out.toString(), "--quiet", "--set", "train.steps=800", "--set", "sample.count=800", "--set", "evaluate.points=800");
    assertEquals(0, r.code(), r.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertTrue(summary.get("w2").asDouble() * 2 < summary.get("w2_untrained").asDouble(), summary.toString());
    JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
    assertEquals("inline", config.at("/interpolant/key").asText());
    assertEquals("<function>", config.at("/interpolant/options/alpha").asText());
  }

  @Test
  void brokenBoundaryConditionIsRefusedBeforeTraining(@TempDir Path tmp) throws Exception {
    Path script = tmp.resolve("broken.flow.kts");
    Files.writeString(script, Files.readString(CliRunTest.example("inline-bridge.flow.kts"))
        .replace("alpha { tf, t -> tf.math.cos(tf.math.mul(tf.constant(Math.PI.toFloat() / 2), t)) }",
            "alpha { tf, t -> tf.math.mul(tf.constant(0.5f), tf.math.sub(tf.constant(1f), t)) }"));
    CliRunTest.Outcome r = CliRunTest.flowbridge("run", script.toString(), "--out", tmp.resolve("r").toString(), "--quiet");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("interpolant 'inline': alpha(0) = 0.5 but must be 1"), r.err());
    assertTrue(!Files.exists(tmp.resolve("r/metrics.jsonl")) || Files.size(tmp.resolve("r/metrics.jsonl")) == 0);
  }
}
