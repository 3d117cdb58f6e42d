package io.flowbridge.plugins.datasets;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;

/** Options of the {@code gaussian} dataset. */
public record GaussianOptions(
    @Option(doc = "Dimension d of the samples.", defaultValue = "2", min = 1) int dim) {
  public GaussianOptions {
    if (dim < 1) {
      throw new FlowbridgeException("gaussian: option 'dim' must be at least 1, got " + dim);
    }
  }
}
