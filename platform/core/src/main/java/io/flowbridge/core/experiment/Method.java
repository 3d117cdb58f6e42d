package io.flowbridge.core.experiment;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.error.Suggestions;
import java.util.List;
import java.util.Map;

/**
 * Named methods of the literature as presets: each expands to an interpolant and a coupling
 * (MATH.md §1, §3). The expansion is what runs and what config.json records, next to the
 * method's name. {@code sigma} is the method's noise scale (ignored where the method has none).
 */
public final class Method {
  /** The preset names, in the order `flowbridge plugins` and errors list them. */
  public static final List<String> NAMES =
      List.of("i-cfm", "ot-cfm", "sb-cfm", "fm", "rf", "vp-cfm", "si-linear", "si-trig", "sf2m");

  private Method() {}

  /** Sets the interpolant and coupling of {@code method} on {@code b}. */
  static void apply(ExperimentBuilder b, String method, double sigma) {
    if (!(sigma >= 0)) throw new FlowbridgeException("method '" + method + "': sigma = " + sigma + " must be >= 0");
    switch (method) {
      case "i-cfm" -> b.interpolant("linear", Map.of("sigma", sigma)).coupling("independent");
      case "ot-cfm" -> b.interpolant("linear", Map.of("sigma", sigma)).coupling("exact-ot");
      // SB-CFM: Brownian bridge of scale sigma with the entropic coupling of regularisation 2 sigma^2.
      case "sb-cfm" -> {
        if (sigma == 0) throw new FlowbridgeException("method 'sb-cfm': sigma must be > 0 (the entropic coupling uses reg = 2 sigma^2)");
        // reg applies to the raw squared distances, as in SB-CFM (no normalisation by the max cost).
        b.interpolant("brownian-bridge", Map.of("sigma", sigma))
            .coupling("sinkhorn", Map.of("reg", 2 * sigma * sigma, "normalizeCost", false));
      }
      case "fm" -> b.interpolant("lipman", Map.of("sigmaMin", sigma == 0 ? 1e-4 : sigma)).coupling("independent");
      case "rf" -> b.interpolant("rectified").coupling("independent");
      case "vp-cfm" -> b.interpolant("vp", Map.of("sigma", sigma)).coupling("independent");
      case "si-linear" -> b.interpolant("si-linear").coupling("independent");
      case "si-trig" -> b.interpolant("si-trig").coupling("independent");
      // Score and flow matching: Brownian bridge with exact OT, velocity and score learned jointly.
      case "sf2m" -> {
        if (sigma == 0) throw new FlowbridgeException("method 'sf2m': sigma must be > 0 (the score needs noise)");
        b.interpolant("brownian-bridge", Map.of("sigma", sigma)).coupling("exact-ot").train(t -> t.objective("velocity-score"));
      }
      case "reflow" -> throw new FlowbridgeException("method 'reflow' needs a trained teacher run: use reflow(from = \"runs/<run>\", steps = 20)");
      default -> throw new FlowbridgeException("unknown method '" + method + "'" + Suggestions.didYouMean(method, NAMES)
          + "; known methods: " + String.join(", ", NAMES));
    }
  }
}
