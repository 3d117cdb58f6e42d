package io.flowbridge.ot.sinkhorn;

/**
 * The kernel K and its transposed copy Kᵀ, kept per thread from one solve to the next when the
 * shape repeats (a minibatch coupling solves thousands of same-sized problems on the same worker
 * threads). Every entry is rewritten by the kernel build before it is read, and neither array
 * leaves the solve (the plan is a copy), so reuse is invisible to callers.
 *
 * <p>Why: freshly allocated arrays are memory the core has not touched for a while, and writing
 * the kernel and its transpose into them missed the caches on every line; at n = 256 the two are
 * 1 MB. Only kernels up to {@link StabilizedSinkhorn#TRANSPOSED_MAX_ENTRIES} entries are kept, so a
 * thread holds at most 2 MB.
 */
final class KernelBuffers {
  private static final ThreadLocal<double[][][]> CACHE =
      ThreadLocal.withInitial(() -> new double[2][][]);

  private KernelBuffers() {}

  /** A rows × cols array for K (slot 0) or Kᵀ (slot 1), reused when the shape repeats. */
  static double[][] take(int slot, int rows, int cols) {
    double[][][] cache = CACHE.get();
    double[][] cached = cache[slot];
    if (cached != null && cached.length == rows && (rows == 0 || cached[0].length == cols)) {
      return cached;
    }
    double[][] fresh = new double[rows][cols];
    if ((long) rows * cols <= StabilizedSinkhorn.TRANSPOSED_MAX_ENTRIES) {
      cache[slot] = fresh;
    }
    return fresh;
  }
}
