package io.flowbridge.core.experiment;

import java.util.List;

/** Metrics computed after sampling ({@code w2}) and the number of points they use. */
public record EvaluateSpec(List<String> metrics, int points) {
  public EvaluateSpec {
    metrics = List.copyOf(metrics);
  }
}
