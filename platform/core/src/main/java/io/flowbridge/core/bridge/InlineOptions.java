package io.flowbridge.core.bridge;

import io.flowbridge.api.option.Option;
import io.flowbridge.api.option.TimeFunction;

/** The options of an inline bridge: α, β, γ as functions of t, and its requirements. */
public record InlineOptions(
    @Option(doc = "alpha(t), the weight of the source sample (required)", defaultValue = "none") TimeFunction alpha,
    @Option(doc = "beta(t), the weight of the target sample (required)", defaultValue = "none") TimeFunction beta,
    @Option(doc = "gamma(t) >= 0, the scale of the latent noise (none: a deterministic path)", defaultValue = "none")
        TimeFunction gamma,
    @Option(doc = "whether the path needs a standard Gaussian source", defaultValue = "false") boolean gaussianSource,
    @Option(doc = "training times are drawn from [m, 1 - m]", defaultValue = "0", min = 0, max = 0.49) double timeMargin) {
  public InlineOptions {
    if (alpha == null || beta == null) {
      throw new io.flowbridge.api.error.FlowbridgeException(
          "interpolant 'inline': alpha and beta are required (interpolant { alpha { tf, t -> ... }; beta { tf, t -> ... } })");
    }
  }
}
