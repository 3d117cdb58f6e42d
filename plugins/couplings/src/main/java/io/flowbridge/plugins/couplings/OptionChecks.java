package io.flowbridge.plugins.couplings;

import io.flowbridge.api.error.FlowbridgeException;

/** Checks the option binder's ranges cannot express. */
final class OptionChecks {
  private OptionChecks() {}

  /** Rejects an infinite option value (the @Option ranges are open towards +∞). */
  static void finite(String key, String option, double value) {
    if (Double.isInfinite(value)) {
      throw new FlowbridgeException(key + ": option '" + option + "' = " + value + " must be finite");
    }
  }
}
