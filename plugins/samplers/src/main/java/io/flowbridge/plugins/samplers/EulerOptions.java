package io.flowbridge.plugins.samplers;

import io.flowbridge.api.option.Option;
import java.util.List;

/** Options of the {@code euler} sampler. */
public record EulerOptions(
    @Option(doc = "Number of equal steps from t0 to t1 (NFE = steps).", defaultValue = "100", min = 1)
    int steps,
    @Option(doc = "Explicit time grid increasing from 0 to 1, e.g. 0,0.1,0.5,1, mapped onto [t0, t1]; "
        + "overrides steps when given (empty: steps equal steps).", defaultValue = "", min = 0, max = 1)
    List<Double> times) {

  public EulerOptions {
    times = UniformGrid.checkTimes("euler", times);
  }

  /** {@code steps} equal steps. */
  public EulerOptions(int steps) {
    this(steps, List.of());
  }
}
