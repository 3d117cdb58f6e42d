package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowbridge.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: the quickstart script, the run directory it writes, and its errors. */
class CliRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Outcome(int code, String out, String err) {}

  static synchronized Outcome flowbridge(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Outcome(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  static Path example(String name) {
    return Path.of(System.getProperty("flowbridge.examples", "../examples")).resolve(name);
  }

  @Test
  void quickstartWritesACompleteRunDirectory(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    Outcome r = flowbridge("run", example("quickstart.flow.kts").toString(), "--out", out.toString(), "--quiet",
        "--set", "train.steps=1500", "--set", "sample.count=1000", "--set", "evaluate.points=1000");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("quickstart: w2"), r.out());

    JsonNode config = JSON.readTree(out.resolve("config.json").toFile());
    assertEquals(7, config.get("seed").asInt());
    assertEquals(1500, config.at("/train/steps").asInt());
    assertEquals("linear", config.at("/interpolant/key").asText());
    assertEquals(0.1, config.at("/interpolant/options/sigma").asDouble(), 1e-12);
    assertEquals("flowbridge-couplings", config.at("/coupling/plugin").asText());
    assertEquals("0.1.0", config.at("/coupling/pluginVersion").asText());
    assertEquals(100, config.at("/sample/solver/options/steps").asInt());
    assertTrue(config.at("/runtime/bitReproducible").asBoolean(), "the test JVM runs with oneDNN off");

    List<String> metrics = Files.readAllLines(out.resolve("metrics.jsonl"));
    assertEquals(15, metrics.size());
    assertEquals(1500, JSON.readTree(metrics.get(14)).get("step").asInt());

    List<String> samples = Files.readAllLines(out.resolve("samples.csv"));
    assertEquals(1001, samples.size());
    assertEquals("x0,x1", samples.get(0));
    assertTrue(Files.size(out.resolve("samples.png")) > 1000);

    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    for (String key : List.of("w2", "w2_floor", "w2_untrained", "nfe", "train_steps_per_second")) {
      assertTrue(summary.has(key), "summary.json lacks " + key);
    }
    assertEquals(400, summary.get("nfe").asInt());
    assertTrue(summary.get("w2").asDouble() * 2 < summary.get("w2_untrained").asDouble(), summary.toString());
    assertTrue(summary.get("w2_floor").asDouble() < summary.get("w2").asDouble() + 0.5, summary.toString());
  }

  @Test
  void unknownPluginKeyNamesKnownKeysAndClosestMatch(@TempDir Path tmp) throws Exception {
    Path script = tmp.resolve("typo.flow.kts");
    Files.writeString(script, Files.readString(example("quickstart.flow.kts")).replace("coupling(\"exact-ot\")", "coupling(\"exact-of\")"));
    Outcome r = flowbridge("run", script.toString(), "--out", tmp.resolve("r").toString(), "--quiet");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown coupling 'exact-of' (did you mean 'exact-ot'?)"), r.err());
    assertTrue(r.err().contains("independent"), r.err());
    assertTrue(!r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
    assertTrue(!Files.exists(tmp.resolve("r")), "a failed configuration must not create a run directory");
  }

  @Test
  void outOfRangeOptionNamesPluginOptionAndRange(@TempDir Path tmp) {
    Outcome r = flowbridge("run", example("quickstart.flow.kts").toString(), "--out", tmp.resolve("r").toString(),
        "--quiet", "--set", "interpolant.sigma=-1");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("interpolant 'linear': option 'sigma' = -1 is out of range; accepted: [0, inf)"), r.err());
  }

  @Test
  void weightAverageDecayOutOfRangeIsRejected(@TempDir Path tmp) {
    Outcome r = flowbridge("run", example("quickstart.flow.kts").toString(), "--out", tmp.resolve("r").toString(),
        "--quiet", "--set", "train.ema=1");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("train.ema = 1.0 is out of range; accepted: [0, 1)"), r.err());
    assertTrue(!Files.exists(tmp.resolve("r")), "a failed configuration must not create a run directory");
  }

  /**
   * {@code bench train}: per round one row per coupling with steps/s, the per-step time split and
   * the share of independent's steps/s in that round, then the medians over the rounds (the share
   * as the median of the rounds' shares); exact OT costs measurably more per batch than pairing by
   * index.
   */
  @Test
  void benchTrainReportsThroughputAndTheShareOfIndependent() {
    Outcome r = flowbridge("bench", "train", "--steps", "80", "--warmup", "20", "--couplings", "independent,exact-ot",
        "--workers", "2", "--rounds", "2");
    assertEquals(0, r.code(), r.err());
    double[] shares = new double[2];
    double[] exactSteps = new double[2];
    for (int round = 1; round <= 2; round++) {
      String[] independent = row(r.out(), round + " independent");
      String[] exact = row(r.out(), round + " exact-ot");
      assertEquals(8, independent.length, r.out());
      assertEquals("100%", independent[7]);
      double sIndependent = Double.parseDouble(independent[2]);
      exactSteps[round - 1] = Double.parseDouble(exact[2]);
      assertTrue(sIndependent > 0 && exactSteps[round - 1] > 0, r.out());
      shares[round - 1] = Long.parseLong(exact[7].replace("%", ""));
      assertEquals(Math.round(100 * exactSteps[round - 1] / sIndependent), shares[round - 1], 1.0, r.out());
      double coupleIndependent = Double.parseDouble(independent[4]);
      double coupleExact = Double.parseDouble(exact[4]);
      assertTrue(coupleExact > 10 * coupleIndependent, "exact OT per batch vs identity pairing: " + r.out());
    }
    String[] median = row(r.out(), "median exact-ot");
    assertEquals((exactSteps[0] + exactSteps[1]) / 2, Double.parseDouble(median[2]), 1.0, r.out());
    assertEquals((shares[0] + shares[1]) / 2, Long.parseLong(median[7].replace("%", "")), 1.0, r.out());
    assertTrue(r.out().contains("on 2 coupling worker(s)"), r.out());
  }

  @Test
  void benchTrainRejectsZeroRounds() {
    Outcome r = flowbridge("bench", "train", "--rounds", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--rounds = 0 is out of range; accepted: 1 or more"), r.err());
  }

  private static String[] row(String out, String prefix) {
    return out.lines().filter(l -> l.replaceAll("\\s+", " ").startsWith(prefix + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row '" + prefix + "' in:\n" + out)).trim().split("\\s+");
  }

  @Test
  void couplingWorkersOutOfRangeAreRejected(@TempDir Path tmp) {
    Outcome r = flowbridge("run", example("quickstart.flow.kts").toString(), "--out", tmp.resolve("r").toString(),
        "--quiet", "--set", "train.workers=-1");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("train.workers = -1 is out of range; accepted: 0 to 64"), r.err());
    assertTrue(!Files.exists(tmp.resolve("r")), "a failed configuration must not create a run directory");
  }

  @Test
  void unknownSettingInSetIsRejectedWithSuggestion(@TempDir Path tmp) {
    Outcome r = flowbridge("run", example("quickstart.flow.kts").toString(), "--quiet", "--set", "train.step=3");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no setting 'step' (did you mean 'steps'?)"), r.err());
  }

  @Test
  void scriptErrorsPointAtFileLineAndColumn(@TempDir Path tmp) throws Exception {
    Path script = tmp.resolve("broken.flow.kts");
    Files.writeString(script, "experiment(\"broken\") {\n    seed = 7\n    target = dataset(\"moons\"\n}\n");
    Outcome r = flowbridge("run", script.toString(), "--quiet");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("broken.flow.kts:"), r.err());
    assertTrue(r.err().matches("(?s).*broken\\.flow\\.kts:[34]:\\d+: .*"), r.err());
  }

  @Test
  void pluginsListsEveryKeyWithItsPluginAndOptions() {
    Outcome r = flowbridge("plugins");
    assertEquals(0, r.code(), r.err());
    for (String key : List.of("linear", "rectified", "independent", "exact-ot", "euler", "rk4", "gaussian", "8gaussians", "moons", "mlp")) {
      assertTrue(r.out().contains("  " + key + " "), "missing " + key + " in\n" + r.out());
    }
    assertTrue(r.out().contains("flowbridge-couplings 0.1.0"), r.out());
    assertTrue(r.out().matches("(?s).*sigma\\s+double\\s+default 0\\.0\\s+range \\[0, inf\\).*"), r.out());
  }
}
