package com.example.acme;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;

/** Options of the {@code acme-cosine} interpolant. */
public record CosineOptions(
    @Option(doc = "Peak noise scale: gamma(t) = sigma sin(pi t), largest at t = 1/2, zero at both ends.",
        defaultValue = "0.05", min = 0) double sigma) {
  public CosineOptions {
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new FlowbridgeException("acme-cosine: option 'sigma' must be a finite number >= 0, got " + sigma);
    }
  }
}
