package io.flowbridge.plugins.datasets;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;

/** Options of the {@code moons} dataset (MATH.md §7). */
public record MoonsOptions(
    @Option(doc = "Standard deviation of the Gaussian noise added to each point before scaling by 3.",
        defaultValue = "0.1", min = 0) double noise) {
  public MoonsOptions {
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new FlowbridgeException("moons: option 'noise' must be a finite number >= 0, got " + noise);
    }
  }
}
