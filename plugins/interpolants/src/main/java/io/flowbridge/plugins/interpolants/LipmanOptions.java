package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;

/** Options of the {@code lipman} interpolant. */
public record LipmanOptions(
    @Option(doc = "Width sigma_min in [0, 1) left around the target at t = 1: alpha(t) = 1 - (1 - sigma_min) t.",
        defaultValue = "1e-4", min = 0, max = 1)
    double sigmaMin) {

  public LipmanOptions {
    // The annotation's range is closed; σ_min = 1 would make α ≡ 1 and the path never leave x0.
    if (!(sigmaMin >= 0 && sigmaMin < 1)) {
      throw new FlowbridgeException("lipman: option 'sigmaMin' = " + sigmaMin
          + " is out of range; accepted: [0, 1) (at 1 the path never leaves the source)");
    }
  }
}
