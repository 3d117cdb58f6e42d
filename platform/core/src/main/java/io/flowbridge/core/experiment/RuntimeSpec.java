package io.flowbridge.core.experiment;

/**
 * Where and how TensorFlow runs: device ({@code cpu}, {@code gpu:0}, ...), intra-op threads (0
 * lets TensorFlow choose), inter-op threads ({@link #CALLER_THREAD}, 0 to let TensorFlow choose,
 * or a pool size) and whether GPU memory grows on demand.
 */
public record RuntimeSpec(String device, int intraOpThreads, int interOpThreads, boolean gpuMemoryGrowth) {
  /**
   * {@code interOpThreads} value that runs every op on the thread calling {@code Session.run}
   * instead of handing the step to TensorFlow's inter-op pool and waiting for it (TensorFlow's
   * negative {@code inter_op_parallelism_threads}). The default: our graphs are one chain of ops,
   * which a pool of one thread runs in the same order, so results are bit-identical and the
   * hand-off is saved (docs/performance.md, session 7: +10% steps/s on the quickstart shape).
   */
  public static final int CALLER_THREAD = -1;
}
