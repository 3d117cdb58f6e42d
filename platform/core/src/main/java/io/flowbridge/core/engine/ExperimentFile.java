package io.flowbridge.core.engine;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.experiment.ExperimentSpec;
import io.flowbridge.core.run.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code experiment.json}: the experiment exactly as run (overrides applied), from which
 * {@code flowbridge eval} rebuilds the graph of a saved run.
 */
final class ExperimentFile {
  static final String NAME = "experiment.json";

  private ExperimentFile() {}

  static void write(Path dir, ExperimentSpec spec) {
    try {
      Files.writeString(dir.resolve(NAME), Json.pretty().writeValueAsString(spec));
    } catch (IOException e) {
      // A function option (a script lambda) cannot be written: such a run cannot be re-evaluated.
      LOG.warn("{} not written ({}); 'flowbridge eval' will not be able to reload this run", NAME, e.getMessage());
    }
  }

  static ExperimentSpec read(Path dir) {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      throw new FlowbridgeException(dir + " is not a run directory: " + NAME + " is missing");
    }
    try {
      return Json.mapper().readValue(file.toFile(), ExperimentSpec.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new FlowbridgeException(file + ": not a valid experiment at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FlowbridgeException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExperimentFile.class);
}
