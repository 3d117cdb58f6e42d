package io.flowbridge.plugins.samplers;

import io.flowbridge.api.option.Option;

/** Options of the {@code euler} sampler. */
public record EulerOptions(
    @Option(doc = "Number of equal steps from t0 to t1 (NFE = steps).", defaultValue = "100", min = 1)
    int steps) {}
