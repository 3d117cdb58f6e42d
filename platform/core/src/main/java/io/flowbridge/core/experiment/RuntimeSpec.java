package io.flowbridge.core.experiment;

/**
 * Where and how TensorFlow runs: device ({@code cpu}, {@code gpu:0}, ...), intra- and inter-op
 * thread counts (0 lets TensorFlow choose) and whether GPU memory grows on demand.
 */
public record RuntimeSpec(String device, int intraOpThreads, int interOpThreads, boolean gpuMemoryGrowth) {}
