package io.flowbridge.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.experiment.ComponentSpec;
import io.flowbridge.core.experiment.EvaluateSpec;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.experiment.OptimizerSpec;
import io.flowbridge.core.experiment.RuntimeSpec;
import io.flowbridge.core.experiment.SampleSpec;
import io.flowbridge.core.experiment.TrainSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads scripts through {@link ScriptLoader} as Java callers do (each compile costs about a second once warm). */
class ScriptLoaderTest {
  static final String QUICKSTART = """
      experiment("quickstart") {
          seed = 7
          source = gaussian(dim = 2)
          target = dataset("8gaussians")
          interpolant("linear") { sigma = 0.1 }
          coupling("exact-ot")
          model = mlp(hidden = listOf(64, 64, 64), activation = "selu")
          train { steps = 3_000; batchSize = 256; optimizer = adam(lr = 1e-3) }
          sample { solver("rk4") { steps = 100 }; count = 2_000 }
          evaluate { w2() }
          runtime { device = "cpu"; intraOpThreads = 1; interOpThreads = 1 }
      }
      """;

  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  ScriptLoader loader() {
    return new ScriptLoader(dir.resolve("cache"), warnings::add);
  }

  Path script(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  ScriptException failure(String text) throws IOException {
    Path file = script("broken.flow.kts", text);
    return assertThrows(ScriptException.class, () -> loader().load(file));
  }

  @Test
  void quickstartBuildsTheExperimentItDescribes() throws IOException {
    ExperimentSpec spec = loader().load(script("quickstart.flow.kts", QUICKSTART));

    assertEquals("quickstart", spec.name());
    assertEquals(7L, spec.seed());
    assertEquals(new ComponentSpec("gaussian", Map.of("dim", 2)), spec.source());
    assertEquals(ComponentSpec.of("8gaussians"), spec.target());
    assertEquals(new ComponentSpec("linear", Map.of("sigma", 0.1)), spec.interpolant());
    assertEquals(ComponentSpec.of("exact-ot"), spec.coupling());
    assertEquals(new ComponentSpec("mlp", Map.of("hidden", List.of(64, 64, 64), "activation", "selu")), spec.model());
    assertEquals(new TrainSpec(3_000, 256, new OptimizerSpec("adam", 1e-3, 0.9, 0.999, 1e-8), 100, true,
        io.flowbridge.core.experiment.TimeSampling.uniform(), "velocity"), spec.train());
    assertEquals(new SampleSpec(new ComponentSpec("rk4", Map.of("steps", 100)), 2_000), spec.sample());
    assertEquals(List.of("w2"), spec.evaluate().metrics());
    assertEquals(2000, spec.evaluate().points());
    assertEquals(new RuntimeSpec("cpu", 1, 1, true), spec.runtime());
    assertEquals(List.of(), warnings);
  }

  @Test
  void openOptionsPassEveryNameThrough() throws IOException {
    ExperimentSpec spec = loader().load(script("options.flow.kts", """
        experiment("options") {
            source = dataset("rings", "radius" to 2.0, "arms" to 3)
            target = dataset("spiral") { noise = 0.05; option("turns", 2); this["scale"] = 1.5 }
            interpolant("brownian-bridge", "sigma" to 0.2) { this["schedule"] = "cosine" }
            model = component("resnet") { hidden = listOf(32); this["blocks"] = 4 }
            train { optimizer = adam(lr = 2e-4, beta2 = 0.99) }
        }
        """));

    assertEquals(new ComponentSpec("rings", Map.of("radius", 2.0, "arms", 3)), spec.source());
    assertEquals(new ComponentSpec("spiral", Map.of("noise", 0.05, "turns", 2, "scale", 1.5)), spec.target());
    assertEquals(new ComponentSpec("brownian-bridge", Map.of("sigma", 0.2, "schedule", "cosine")), spec.interpolant());
    assertEquals(new ComponentSpec("resnet", Map.of("hidden", List.of(32), "blocks", 4)), spec.model());
    assertEquals(new OptimizerSpec("adam", 2e-4, 0.9, 0.99, 1e-8), spec.train().optimizer());
  }

  @Test
  void trainSettingsReachTheSpec() throws IOException {
    ExperimentSpec spec = loader().load(script("train.flow.kts", """
        experiment("train-settings") {
            target = dataset("8gaussians")
            train { steps = 50; pipeline = true; workers = 3; ema = 0.99; logEvery = 10 }
        }
        """));

    assertEquals(3, spec.train().workers());
    assertEquals(0.99, spec.train().ema());
    assertEquals(50, spec.train().steps());
    assertEquals(10, spec.train().logEvery());
    assertEquals(3, spec.train().resolvedWorkers(1), "an explicit worker count is kept");
  }

  @Test
  void syntaxErrorIsReportedAtItsLine() throws IOException {
    ScriptException e = failure("""
        experiment("x") {
            seed = = 7
            target = dataset("moons")
        }
        """);
    assertTrue(e.getMessage().startsWith(dir.resolve("broken.flow.kts") + ":2:"), e.getMessage());
    assertTrue(e.getMessage().lines().allMatch(l -> l.matches(".*broken\\.flow\\.kts:\\d+:\\d+: .+")), e.getMessage());
  }

  @Test
  void unknownFunctionIsReportedAtItsLine() throws IOException {
    ScriptException e = failure("""
        experiment("x") {
            target = dataset("moons")
            coupling("exact-ot")
            schedule("cosine")
        }
        """);
    assertEquals(1, e.getErrors().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith(dir.resolve("broken.flow.kts") + ":4:5: "), e.getMessage());
    assertTrue(e.getMessage().contains("schedule"), e.getMessage());
  }

  @Test
  void outerBlockMembersAreOutOfReachInsideOptionBlocks() throws IOException {
    ScriptException e = failure("""
        experiment("x") {
            target = dataset("moons")
            interpolant("linear") { seed = 3 }
        }
        """);
    assertTrue(e.getMessage().startsWith(dir.resolve("broken.flow.kts") + ":3:"), e.getMessage());
  }

  @Test
  void builderErrorPointsAtTheExperimentLine() throws IOException {
    ScriptException e = failure("""
        // no target dataset

        experiment("no-target") {
            train { steps = 10 }
        }
        """);
    assertEquals(dir.resolve("broken.flow.kts") + ":3:1: experiment 'no-target': no target dataset set (e.g. target(\"8gaussians\"))",
        e.getMessage());
    assertTrue(e.getCause() instanceof FlowbridgeException);
  }

  @Test
  void exceptionFromInlinedCodePointsAtTheCallingLine() throws IOException {
    ScriptException e = failure("""
        val budget = 10
        experiment("x") {
            target = dataset("moons")
            train {
                require(budget > 100) { "budget must exceed 100" }
            }
        }
        """);
    assertEquals(dir.resolve("broken.flow.kts") + ":5:9: IllegalArgumentException: budget must exceed 100", e.getMessage());
  }

  @Test
  void aScriptDefinesExactlyOneExperiment() throws IOException {
    ScriptException two = failure("""
        experiment("a") { target = dataset("moons") }
        experiment("b") { target = dataset("moons") }
        """);
    assertTrue(two.getMessage().startsWith(dir.resolve("broken.flow.kts") + ":2:1: "), two.getMessage());
    assertTrue(two.getMessage().contains("exactly one experiment"), two.getMessage());

    ScriptException none = failure("val unused = 1\n");
    assertEquals(dir.resolve("broken.flow.kts") + ": defines no experiment; add experiment(\"name\") { ... }", none.getMessage());
  }

  @Test
  void compiledScriptsAreCachedByText() throws IOException {
    String text = QUICKSTART + "val needless = (1 as Int)\n";
    Path file = script("cached.flow.kts", text);
    String warning = file + ":13:19: warning: No cast needed.";
    ScriptLoader first = loader();
    long t0 = System.nanoTime();
    ExperimentSpec compiled = first.load(file);
    long coldNanos = System.nanoTime() - t0;
    assertEquals(1, first.getCompileCount());
    assertEquals(List.of(warning), warnings);
    List<Path> jars;
    try (var files = Files.list(dir.resolve("cache"))) {
      jars = files.filter(p -> p.toString().endsWith(".jar")).toList();
    }
    assertEquals(1, jars.size());
    var stamp = Files.getLastModifiedTime(jars.get(0));

    ScriptLoader second = loader(); // a fresh loader, as in a new JVM: only the disk cache is shared
    long t1 = System.nanoTime();
    ExperimentSpec cached = second.load(file);
    long warmNanos = System.nanoTime() - t1;
    assertEquals(compiled, cached);
    assertEquals(0, second.getCompileCount());
    assertEquals(List.of(warning, warning), warnings); // replayed from the cache
    assertEquals(stamp, Files.getLastModifiedTime(jars.get(0)));
    assertTrue(warmNanos < coldNanos, "cached load " + warmNanos / 1e6 + " ms vs compile " + coldNanos / 1e6 + " ms");

    Files.writeString(file, text.replace("seed = 7", "seed = 8"));
    assertEquals(8L, second.load(file).seed());
    assertEquals(1, second.getCompileCount());
  }
}
