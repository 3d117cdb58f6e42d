package io.flowbridge.it;

import static io.flowbridge.it.CliRunTest.example;
import static io.flowbridge.it.CliRunTest.flowbridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowbridge.it.CliRunTest.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin written outside Flowbridge (examples/third-party-plugin: no Flowbridge parent POM, only
 * flowbridge-api and flowbridge-testkit) installed as a user installs it: its zip alone in a
 * directory passed with {@code --plugins}. Its keys then work like built-in ones, and without the
 * directory they are unknown.
 */
class ThirdPartyPluginTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The directory Maven fills with the acme zip and nothing else. */
  private static Path thirdParty() throws Exception {
    Path dir = Path.of(System.getProperty("flowbridge.thirdparty", "target/third-party-plugins"));
    try (Stream<Path> files = Files.list(dir)) {
      List<String> zips = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).toList();
      assertEquals(List.of("acme-flowbridge-plugin-1.0.0-plugin.zip"), zips, "zips in " + dir);
    }
    return dir;
  }

  @Test
  void pluginsListsTheThirdPartyKeysWithTheirPluginAndOptions() throws Exception {
    Outcome r = flowbridge("plugins", "--plugins", thirdParty().toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.matches("(?s).*\\n  acme-cosine +[^\\n]*\\(plugin acme-bridges 1\\.0\\.0\\)\\n"
        + "      sigma +double +default 0\\.05 +range \\[0, inf\\) .*"), out);
    assertTrue(out.matches("(?s).*\\n  acme-ring +[^\\n]*\\(plugin acme-bridges 1\\.0\\.0\\)\\n"
        + "      radius +double +default 3 +range \\(0, inf\\) [^\\n]*\\n"
        + "      noise +double +default 0\\.05 +range \\[0, inf\\) .*"), out);
    // The new keys sit in their extension point's section, beside the built-ins.
    String interpolants = out.substring(out.indexOf("interpolants\n"), out.indexOf("couplings\n"));
    assertTrue(interpolants.contains("  acme-cosine ") && interpolants.contains("  linear "), interpolants);
    String datasets = out.substring(out.indexOf("datasets\n"), out.indexOf("models\n"));
    assertTrue(datasets.contains("  acme-ring ") && datasets.contains("  moons "), datasets);
  }

  @Test
  void theExampleTrainsOnTheThirdPartyBridgeAndDataset(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    Outcome r = flowbridge("run", example("third-party.flow.kts").toString(), "--plugins", thirdParty().toString(),
        "--set", "train.steps=800", "--set", "sample.count=800", "--set", "evaluate.points=800",
        "--out", out.toString(), "--quiet");
    assertEquals(0, r.code(), r.err());

    JsonNode config = JSON.readTree(out.resolve("config.json").toFile());
    assertEquals("acme-cosine", config.at("/interpolant/key").asText(), config.toString());
    assertEquals("acme-bridges", config.at("/interpolant/plugin").asText(), config.toString());
    assertEquals("1.0.0", config.at("/interpolant/pluginVersion").asText(), config.toString());
    assertEquals(0.05, config.at("/interpolant/options/sigma").asDouble(), 1e-12);
    assertEquals("acme-ring", config.at("/target/key").asText(), config.toString());
    assertEquals(3.0, config.at("/target/options/radius").asDouble(), 1e-12);

    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    double w2 = summary.get("w2").asDouble();
    double untrained = summary.get("w2_untrained").asDouble();
    assertTrue(Double.isFinite(w2) && w2 * 2 <= untrained, "w2 " + w2 + " vs untrained " + untrained);
  }

  @Test
  void withoutThePluginDirectoryTheKeysAreUnknown(@TempDir Path tmp) throws Exception {
    Path script = example("third-party.flow.kts");
    Outcome r = flowbridge("run", script.toString(), "--out", tmp.resolve("r").toString(), "--quiet");
    assertEquals(2, r.code(), r.err());
    // The core resolves the target before the interpolant, so the ring is reported first.
    assertTrue(r.err().contains("unknown dataset 'acme-ring'"), r.err());
    assertFalse(Files.exists(tmp.resolve("r")), "a failed configuration must not create a run directory");

    // With a built-in target the next unknown key, the interpolant, is the error.
    Path builtInTarget = tmp.resolve("built-in-target.flow.kts");
    String text = Files.readString(script);
    String ring = "dataset(\"acme-ring\") { radius = 3.0 }";
    assertTrue(text.contains(ring), "the example no longer reads " + ring);
    Files.writeString(builtInTarget, text.replace(ring, "dataset(\"moons\")"));
    r = flowbridge("run", builtInTarget.toString(), "--out", tmp.resolve("r2").toString(), "--quiet");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("unknown interpolant 'acme-cosine'"), r.err());
    assertTrue(r.err().contains("linear"), "the known interpolants are listed: " + r.err());
  }
}
