package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.option.Option;

/** Options of the {@code vp} (alias {@code trig}) interpolant. */
public record VpOptions(
    @Option(doc = "Constant noise scale sigma of the path x_t = cos(pi t/2) x0 + sin(pi t/2) x1 + sigma z"
        + " (0 = no noise).", defaultValue = "0.0", min = 0)
    double sigma) {}
