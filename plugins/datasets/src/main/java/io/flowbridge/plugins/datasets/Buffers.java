package io.flowbridge.plugins.datasets;

import io.flowbridge.api.error.FlowbridgeException;

/** Allocation of the value array of a batch, with the size checks every dataset needs. */
final class Buffers {
  private Buffers() {}

  /** A zeroed array for {@code n} points of dimension {@code dim}, rejecting impossible sizes. */
  static float[] values(String key, int n, int dim) {
    if (n < 0) {
      throw new FlowbridgeException(key + ": cannot draw a batch of " + n + " points");
    }
    long size = (long) n * dim;
    if (size > Integer.MAX_VALUE - 8) {
      throw new FlowbridgeException(
          key + ": a batch of " + n + " points of dimension " + dim + " does not fit in one array");
    }
    return new float[(int) size];
  }
}
