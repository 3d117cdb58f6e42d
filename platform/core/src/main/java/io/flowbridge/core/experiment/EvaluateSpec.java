package io.flowbridge.core.experiment;

import java.util.List;

/**
 * Metrics computed after sampling (MATH.md §6) and their settings.
 *
 * @param metrics any of {@code w2}, {@code mmd}, {@code npe} (with path energy), {@code straightness}, {@code nll}
 * @param points generated and target points the sample metrics compare
 * @param mmdBandwidths RBF kernel bandwidths σ, averaged (MMD)
 * @param divergence {@code auto} (exact up to d = 64, else Hutchinson), {@code exact},
 *     {@code hutchinson-rademacher} or {@code hutchinson-gaussian} (NLL)
 * @param probes Hutchinson probes per point (NLL)
 * @param likelihoodSolver the solver integrating the likelihood ODE backward (NLL)
 * @param likelihoodPoints target points whose log-density is averaged (NLL)
 */
public record EvaluateSpec(List<String> metrics, int points, List<Double> mmdBandwidths, String divergence, int probes,
    ComponentSpec likelihoodSolver, int likelihoodPoints) {
  public EvaluateSpec {
    metrics = List.copyOf(metrics);
    mmdBandwidths = List.copyOf(mmdBandwidths);
  }
}
