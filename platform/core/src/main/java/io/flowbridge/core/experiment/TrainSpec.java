package io.flowbridge.core.experiment;

/**
 * How to train: number of optimizer steps, minibatch size, optimizer, how often the loss is
 * fetched and logged, whether the coupling of the next minibatch runs on a worker thread, and
 * how training times are drawn, and the objective: {@code velocity} (MATH.md §2 L_b), or the
 * velocity plus a second network learning the score ({@code velocity-score}, L_s with λ = γ²) or
 * the noise ({@code velocity-denoiser}, L_η), which SDE sampling uses. {@code ema} ∈ [0, 1) is the
 * decay of an exponential moving average of the weights that replaces them after training (0: the
 * final iterate is kept). {@code workers} is how many minibatches are coupled in parallel ahead of
 * the step when the coupling allows it (0: automatic, one per processor, at most 4).
 */
public record TrainSpec(int steps, int batchSize, OptimizerSpec optimizer, int logEvery, boolean pipeline,
    TimeSampling time, String objective, double ema, int workers) {
  public TrainSpec {
    objective = objective == null ? "velocity" : objective;
  }

  /** Settings with automatic coupling workers. */
  public TrainSpec(int steps, int batchSize, OptimizerSpec optimizer, int logEvery, boolean pipeline,
      TimeSampling time, String objective, double ema) {
    this(steps, batchSize, optimizer, logEvery, pipeline, time, objective, ema, 0);
  }

  /** Most automatic coupling workers: beyond this the training step, not coupling, is the bound. */
  public static final int MAX_AUTO_WORKERS = 4;

  /**
   * The coupling workers to run: {@code workers} if set, else one per processor, at most
   * {@link #MAX_AUTO_WORKERS}. One per processor rather than one per spare processor: the step
   * leaves its core idle while it waits for a batch, and on 2 processors 2 exact-OT workers gave
   * 16–36% more steps/s than one ({@code docs/performance.md}).
   */
  public int resolvedWorkers(int processors) {
    return workers > 0 ? workers : Math.max(1, Math.min(MAX_AUTO_WORKERS, processors));
  }

  /** Settings without weight averaging. */
  public TrainSpec(int steps, int batchSize, OptimizerSpec optimizer, int logEvery, boolean pipeline,
      TimeSampling time, String objective) {
    this(steps, batchSize, optimizer, logEvery, pipeline, time, objective, 0);
  }
}
