package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.option.Option;

/** Options of the {@code brownian-bridge} interpolant. */
public record BrownianBridgeOptions(
    @Option(doc = "Noise scale sigma of gamma(t) = sigma*sqrt(t(1-t)) (0 = no noise; SB-CFM pairs with"
        + " entropic OT of regularisation 2 sigma^2).", defaultValue = "1.0", min = 0)
    double sigma) {}
