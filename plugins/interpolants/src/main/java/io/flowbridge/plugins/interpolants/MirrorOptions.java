package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;

/**
 * Options of the {@code mirror} interpolant: the noise scale γ(t) and its variance scale a. The
 * choice {@code zero} of the other stochastic interpolants is not offered: with γ ≡ 0 the mirror
 * path is x_t = x1 at every t and there is nothing to learn.
 */
public record MirrorOptions(
    @Option(doc = Gamma.A_DOC, defaultValue = "1.0", min = 0, minExclusive = true)
    double a,
    @Option(doc = "Noise scale gamma(t) of the latent z: 'brownian' sqrt(t(1-t)), 'a-brownian'"
        + " sqrt(a*t*(1-t)), 'bsquared' t*(1-t), 'sine-squared' sin^2(pi*t); the square-root"
        + " choices draw t from [1e-5, 1-1e-5] since their derivative is unbounded at the ends.",
        defaultValue = "a-brownian", choices = {"brownian", "a-brownian", "bsquared", "sine-squared"})
    String gamma) {

  public MirrorOptions {
    if (Gamma.of("mirror", gamma, a).isZero()) {
      throw new FlowbridgeException("mirror: option 'gamma' = 'zero' is not accepted: the path"
          + " x_t = x1 would not move; accepted: brownian, a-brownian, bsquared, sine-squared");
    }
  }

  Gamma noise() {
    return Gamma.of("mirror", gamma, a);
  }
}
