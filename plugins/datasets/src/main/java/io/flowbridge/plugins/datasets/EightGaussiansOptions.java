package io.flowbridge.plugins.datasets;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;

/** Options of the {@code 8gaussians} dataset (MATH.md §7). */
public record EightGaussiansOptions(
    @Option(doc = "Distance of the eight mode centres from the origin.", defaultValue = "5",
        min = 0, minExclusive = true) double radius,
    @Option(doc = "Variance of the isotropic Gaussian noise around each centre (std = sqrt(variance)).",
        defaultValue = "0.3162", min = 0, minExclusive = true) double variance) {
  public EightGaussiansOptions {
    check("radius", radius);
    check("variance", variance);
  }

  private static void check(String option, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new FlowbridgeException(
          "8gaussians: option '" + option + "' must be a finite number > 0, got " + value);
    }
  }
}
