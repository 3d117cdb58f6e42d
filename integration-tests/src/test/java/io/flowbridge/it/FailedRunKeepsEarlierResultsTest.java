package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.engine.RunOptions;
import io.flowbridge.core.experiment.ExperimentBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails before training (here: conditional on an unlabelled target) leaves an earlier run's files as they were. */
class FailedRunKeepsEarlierResultsTest {
  @Test
  void earlierRunInTheSameDirectoryIsUntouched(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("run");
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      fb.runner().run(ExperimentBuilder.experiment("first").target("moons")
          .train(t -> t.steps(100).logEvery(10)).sample(s -> s.solver("euler", Map.of("steps", 5)).count(100))
          .evaluate(e -> e.w2().points(100)).build(), new RunOptions(dir, false));
      byte[] metrics = Files.readAllBytes(dir.resolve("metrics.jsonl"));
      byte[] config = Files.readAllBytes(dir.resolve("config.json"));
      byte[] summary = Files.readAllBytes(dir.resolve("summary.json"));
      assertThrows(FlowbridgeException.class, () -> fb.runner().run(ExperimentBuilder.experiment("second")
          .target("gaussian", Map.of("dim", 2)).conditional(0.1, 0).build(), new RunOptions(dir, false)));
      assertArrayEquals(metrics, Files.readAllBytes(dir.resolve("metrics.jsonl")));
      assertArrayEquals(config, Files.readAllBytes(dir.resolve("config.json")));
      assertArrayEquals(summary, Files.readAllBytes(dir.resolve("summary.json")));
    }
  }
}
