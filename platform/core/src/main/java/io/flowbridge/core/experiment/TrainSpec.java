package io.flowbridge.core.experiment;

/**
 * How to train: number of optimizer steps, minibatch size, optimizer, how often the loss is
 * fetched and logged, whether the coupling of the next minibatch runs on a worker thread, and
 * how training times are drawn, and the objective: {@code velocity} (MATH.md §2 L_b), or the
 * velocity plus a second network learning the score ({@code velocity-score}, L_s with λ = γ²) or
 * the noise ({@code velocity-denoiser}, L_η), which SDE sampling uses. {@code ema} ∈ [0, 1) is the
 * decay of an exponential moving average of the weights that replaces them after training (0: the
 * final iterate is kept).
 */
public record TrainSpec(int steps, int batchSize, OptimizerSpec optimizer, int logEvery, boolean pipeline,
    TimeSampling time, String objective, double ema) {
  public TrainSpec {
    objective = objective == null ? "velocity" : objective;
  }

  /** Settings without weight averaging. */
  public TrainSpec(int steps, int batchSize, OptimizerSpec optimizer, int logEvery, boolean pipeline,
      TimeSampling time, String objective) {
    this(steps, batchSize, optimizer, logEvery, pipeline, time, objective, 0);
  }
}
