package io.flowbridge.plugins.samplers;

import io.flowbridge.api.option.Option;

/** Options of the {@code rk4} sampler. */
public record Rk4Options(
    @Option(doc = "Number of equal steps from t0 to t1 (NFE = 4 x steps).", defaultValue = "100", min = 1)
    int steps) {}
