package com.example.acme;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;

/** Options of the {@code acme-ring} dataset. */
public record RingOptions(
    @Option(doc = "Radius of the circle the points are drawn on.", defaultValue = "3",
        min = 0, minExclusive = true) double radius,
    @Option(doc = "Standard deviation of the isotropic Gaussian noise added to each point.",
        defaultValue = "0.05", min = 0) double noise) {
  public RingOptions {
    if (!(radius > 0) || Double.isInfinite(radius)) {
      throw new FlowbridgeException("acme-ring: option 'radius' must be a finite number > 0, got " + radius);
    }
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new FlowbridgeException("acme-ring: option 'noise' must be a finite number >= 0, got " + noise);
    }
  }
}
