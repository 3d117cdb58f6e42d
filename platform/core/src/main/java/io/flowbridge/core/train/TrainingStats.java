package io.flowbridge.core.train;

/**
 * Where training time went: total wall time, host time drawing and coupling minibatches (on the
 * worker thread when pipelined), time the training thread waited for a batch, and time inside
 * {@code Session.run}.
 */
public record TrainingStats(int steps, double seconds, double drawSeconds, double couplingSeconds,
    double waitSeconds, double tensorflowSeconds, double finalLoss, long[] loggedSteps, double[] loggedLosses) {
  public double stepsPerSecond() {
    return seconds > 0 ? steps / seconds : 0;
  }
}
