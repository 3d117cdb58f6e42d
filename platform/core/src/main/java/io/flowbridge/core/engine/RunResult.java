package io.flowbridge.core.engine;

import io.flowbridge.api.data.Points;
import io.flowbridge.core.train.TrainingStats;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run produced: the resolved config, the summary metrics, the generated samples, the class
 * each sample was generated for ({@code labels}, a class-conditional run; null otherwise), training stats.
 */
public record RunResult(Path dir, Map<String, Object> config, Map<String, Object> summary, Points samples,
    int[] labels, TrainingStats training) {
  /** The result of an unconditional run. */
  public RunResult(Path dir, Map<String, Object> config, Map<String, Object> summary, Points samples,
      TrainingStats training) {
    this(dir, config, summary, samples, null, training);
  }

  /** A summary value as a number (e.g. {@code "w2"}). */
  public double metric(String name) {
    Object v = summary.get(name);
    if (!(v instanceof Number n)) throw new IllegalArgumentException("no numeric summary value '" + name + "'");
    return n.doubleValue();
  }
}
