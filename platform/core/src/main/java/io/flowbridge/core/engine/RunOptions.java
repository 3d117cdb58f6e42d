package io.flowbridge.core.engine;

import java.nio.file.Path;

/**
 * How to run an experiment: where the run directory goes (null: write no files) and whether a
 * progress bar is shown.
 */
public record RunOptions(Path outDir, boolean progress) {
  public static RunOptions inMemory() {
    return new RunOptions(null, false);
  }
}
