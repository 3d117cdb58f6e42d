package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.option.Option;

/** Options of the {@code si-linear} interpolant: the noise scale γ(t) and its variance scale a. */
public record SiLinearOptions(
    @Option(doc = Gamma.A_DOC, defaultValue = "1.0", min = 0, minExclusive = true)
    double a,
    @Option(doc = Gamma.DOC, defaultValue = "a-brownian",
        choices = {"brownian", "a-brownian", "zero", "bsquared", "sine-squared"})
    String gamma) {

  public SiLinearOptions {
    Gamma.of("si-linear", gamma, a);
  }

  Gamma noise() {
    return Gamma.of("si-linear", gamma, a);
  }
}
