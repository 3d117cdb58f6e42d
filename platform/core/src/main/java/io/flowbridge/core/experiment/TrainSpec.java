package io.flowbridge.core.experiment;

/**
 * How to train: number of optimizer steps, minibatch size, optimizer, how often the loss is
 * fetched and logged, whether the coupling of the next minibatch runs on a worker thread, and
 * how training times are drawn, and the objective: {@code velocity} (MATH.md §2 L_b), or the
 * velocity plus a second network learning the score ({@code velocity-score}, L_s with λ = γ²) or
 * the noise ({@code velocity-denoiser}, L_η), which SDE sampling uses.
 */
public record TrainSpec(int steps, int batchSize, OptimizerSpec optimizer, int logEvery, boolean pipeline,
    TimeSampling time, String objective) {
  public TrainSpec {
    objective = objective == null ? "velocity" : objective;
  }
}
