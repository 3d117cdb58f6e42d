package io.flowbridge.core.experiment;

/**
 * Where and how TensorFlow runs: device ({@code cpu}, {@code gpu:0}, ...), intra-op threads (0
 * lets TensorFlow choose), inter-op threads ({@link #CALLER_THREAD}, 0 to let TensorFlow choose,
 * or a pool size) and whether GPU memory grows on demand.
 */
public record RuntimeSpec(
    String device, int intraOpThreads, int interOpThreads, boolean gpuMemoryGrowth) {
  /**
   * {@code interOpThreads} value that runs every op on the thread calling {@code Session.run}
   * instead of handing the step to TensorFlow's inter-op pool and waiting for it (TensorFlow's
   * negative {@code inter_op_parallelism_threads}). The default: a pool of one thread already ran
   * the ops one at a time, and so does the calling thread, so results are the same to the bit
   * (tested) and the hand-off is saved (docs/performance.md, session 7: +6 to +15% steps/s on
   * the quickstart shape on a quiet machine, more on a loaded one).
   */
  public static final int CALLER_THREAD = -1;
}
