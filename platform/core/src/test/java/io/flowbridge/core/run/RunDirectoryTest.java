package io.flowbridge.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  @TempDir Path tmp;

  private static Map<String, Object> sampleConfig() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("kind", "mlp");
    model.put("hidden", List.of(64, 64, 64));
    model.put("nested", List.of(List.of(1, 2), Map.of("lr", 1e-3)));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", "moons-otcfm");
    config.put("seed", 7);
    config.put("steps", 20_000_000_000L);
    config.put("sigma", 0.12345678901234568); // 17 significant digits
    config.put("enabled", true);
    config.put("missing", null);
    config.put("model", model);
    return config;
  }

  @Test
  void configAndSummaryRoundTrip() throws IOException {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    Map<String, Object> config = sampleConfig();
    run.writeConfig(config);
    run.writeSummary(Map.of("w2", 0.30000000000000004, "config", config));

    Map<String, Object> readConfig = Json.mapper().readValue(tmp.resolve("run/config.json").toFile(), MAP);
    Map<String, Object> readSummary = Json.mapper().readValue(tmp.resolve("run/summary.json").toFile(), MAP);
    assertEquals(config, readConfig);
    assertEquals(Map.of("w2", 0.30000000000000004, "config", config), readSummary);
    assertEquals(List.copyOf(config.keySet()), List.copyOf(readConfig.keySet()), "insertion order kept");
    assertTrue(Files.readString(tmp.resolve("run/config.json")).contains("\n  \"seed\" : 7"), "pretty-printed");
  }

  @Test
  void metricsHaveOneParseableLinePerAppend() throws IOException {
    RunDirectory run = RunDirectory.create(tmp);
    for (int step = 0; step < 5; step++) {
      run.appendMetrics(Map.of("step", step, "loss", 1.0 / (step + 1), "nan", Double.NaN));
    }
    List<String> lines = Files.readAllLines(tmp.resolve("metrics.jsonl"));
    assertEquals(5, lines.size());
    for (int step = 0; step < 5; step++) {
      Map<String, Object> row = Json.mapper().readValue(lines.get(step), MAP);
      assertEquals(step, row.get("step"));
      assertEquals(1.0 / (step + 1), row.get("loss"));
      assertTrue(row.containsKey("nan") && row.get("nan") == null, "NaN written as null");
    }
  }

  @Test
  void createTruncatesMetrics() throws IOException {
    RunDirectory.create(tmp).appendMetrics(Map.of("step", 1));
    RunDirectory.create(tmp);
    assertEquals(0, Files.size(tmp.resolve("metrics.jsonl")));
  }

  @Test
  void conditionalSamplesCarryTheirLabels() throws IOException {
    Points points = new Points(new float[] {0.5f, -1f, 2f, 3f}, 2, 2);
    RunDirectory run = RunDirectory.create(tmp);
    run.writeSamples(points, new int[] {7, 0});
    assertEquals(List.of("x0,x1,label", "0.5,-1.0,7", "2.0,3.0,0"), Files.readAllLines(tmp.resolve("samples.csv")));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> run.writeSamples(points, new int[] {1}));
  }

  @Test
  void samplesParseBackToTheSameFloats() throws IOException {
    float[] values = {0.1f, -1.2345679f, Float.MIN_VALUE, 3.4028235e38f, 1e-7f, -0.0f, 7f, 1f / 3f, 2.5e-3f};
    Points points = new Points(values, 3, 3);
    RunDirectory run = RunDirectory.create(tmp);
    run.writeSamples(points);

    List<String> lines = Files.readAllLines(tmp.resolve("samples.csv"));
    assertEquals("x0,x1,x2", lines.get(0));
    assertEquals(4, lines.size());
    float[] back = new float[values.length];
    for (int i = 0; i < 3; i++) {
      String[] cells = lines.get(i + 1).split(",");
      assertEquals(3, cells.length);
      for (int k = 0; k < 3; k++) {
        back[i * 3 + k] = Float.parseFloat(cells[k]);
      }
    }
    assertArrayEquals(values, back);
  }

  @Test
  void atomicWritesLeaveNoTemporaryFiles() throws IOException {
    RunDirectory run = RunDirectory.create(tmp);
    run.writeConfig(sampleConfig());
    run.writeConfig(Map.of("again", 1)); // overwrite
    run.writeSummary(Map.of("ok", true));
    run.writeSamples(new Points(new float[] {1, 2}, 1, 2));
    run.writeText("notes.txt", "héllo\n");
    Points p = new Points(new float[] {0, 0, 1, 1}, 2, 2);
    run.writeScatter("scatter.png", "t", p, p);
    run.writeLossCurve("loss.png", new long[] {1, 2}, new double[] {0.5, 0.25});
    // A failing write must clean up as well.
    assertThrows(FlowbridgeException.class,
        () -> run.writeScatter("bad.png", "t", p, new Points(new float[] {1, 2, 3}, 1, 3)));

    try (Stream<Path> files = Files.list(tmp)) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertEquals(
          List.of("config.json", "loss.png", "metrics.jsonl", "notes.txt", "samples.csv", "scatter.png", "summary.json"),
          names);
    }
    assertEquals("héllo\n", Files.readString(tmp.resolve("notes.txt"), StandardCharsets.UTF_8));
    assertEquals(Map.of("again", 1), Json.mapper().readValue(tmp.resolve("config.json").toFile(), MAP));
  }

  @Test
  void createOnARegularFileFailsNamingThePath() throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> RunDirectory.create(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());

    Path below = file.resolve("child");
    FlowbridgeException nested = assertThrows(FlowbridgeException.class, () -> RunDirectory.create(below));
    assertTrue(nested.getMessage().contains(below.toString()), nested.getMessage());
  }

  @Test
  void createMakesParentsAndReportsAbsolutePath() {
    RunDirectory run = RunDirectory.create(tmp.resolve("a/b/c"));
    assertTrue(Files.isDirectory(tmp.resolve("a/b/c")));
    assertTrue(run.path().isAbsolute());
    assertTrue(Files.exists(run.path().resolve("metrics.jsonl")));
  }

  @Test
  void fileNamesThatEscapeTheDirectoryAreRefused() {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    for (String bad : new String[] {"../x.txt", "sub/x.txt", "..", ""}) {
      assertThrows(FlowbridgeException.class, () -> run.writeText(bad, "x"), bad);
    }
    assertFalse(Files.exists(tmp.resolve("x.txt")));
  }
}
