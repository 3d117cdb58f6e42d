package io.flowbridge.ot.assignment;

/**
 * One cost-matrix buffer per thread, reused by {@link EuclideanAssignment} from one call to the
 * next when the size repeats (minibatch couplings solve thousands of same-sized problems on the
 * same worker threads). The matrix never leaves the call that filled it, so reuse is invisible to
 * callers.
 *
 * <p>Why: a freshly allocated matrix is memory the core has not touched for a while (the
 * allocator walks the whole young generation), so every first write misses the caches; a reused
 * one is still in L2. Measured: 5–8% off whole n = 256 assignments on 2-D clouds, in-JVM A/B
 * (docs/ot-benchmarks.md, session 6). Buffers above {@link #MAX_CACHED} values (n = 1024) are
 * not kept, so one large W2 evaluation does not pin hundreds of MB to a thread.
 */
final class CostBuffer {
  static final int MAX_CACHED = 1 << 20;
  private static final ThreadLocal<float[]> CACHE = new ThreadLocal<>();

  private CostBuffer() {}

  /**
   * A float[n·n] for this thread to overwrite completely: the cached one when it has that size,
   * else a new one (cached from now on when not too large). Not for nested use on one thread.
   *
   * @throws IllegalArgumentException if n·n values do not fit in one Java array
   */
  static float[] take(int n) {
    long size = (long) n * n;
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "n*n = " + size + " cost entries do not fit in one Java array (n = " + n + ")");
    }
    float[] cached = CACHE.get();
    if (cached != null && cached.length == size) {
      return cached;
    }
    float[] fresh = new float[(int) size];
    if (size <= MAX_CACHED) {
      CACHE.set(fresh);
    }
    return fresh;
  }
}
