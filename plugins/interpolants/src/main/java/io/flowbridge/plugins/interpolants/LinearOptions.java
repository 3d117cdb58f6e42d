package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.option.Option;

/** Options of the {@code linear} interpolant. */
public record LinearOptions(
    @Option(doc = "Constant noise scale sigma of the path x_t = (1-t)x0 + t x1 + sigma z (0 = no noise).",
        defaultValue = "0.0", min = 0)
    double sigma) {}
