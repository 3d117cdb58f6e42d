package io.flowbridge.ot.assignment;

import java.util.Arrays;

/**
 * Orders low-dimensional points along a Morton (Z-order) curve, so that points next to each other
 * in the order are mostly near each other in space.
 *
 * <p>Why: {@link EuclideanAssignment} hands the solver its rows in this order. Then consecutive
 * rows have similar reduced-cost distributions, and {@link CheapestColumns} can start each row
 * from the threshold that worked for the previous row instead of estimating one from a sample.
 */
final class SpatialOrder {
  /** Dimensions this order is used for: beyond 3, a curve through space says little. */
  static final int MAX_D = 3;

  private SpatialOrder() {}

  /**
   * The point indices of x ([n, d], finite, d ≤ {@link #MAX_D}, n ≤ 2^24) in Morton order of
   * their coordinates quantised to the bounding box; ties keep index order.
   */
  static int[] of(float[] x, int n, int d) {
    int bits = 39 / d; // d·bits ≤ 39 coordinate bits, leaving 24 bits for the index
    float[] lo = new float[d];
    float[] span = new float[d];
    Arrays.fill(lo, Float.POSITIVE_INFINITY);
    Arrays.fill(span, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        float value = x[i * d + k];
        lo[k] = Math.min(lo[k], value);
        span[k] = Math.max(span[k], value); // the maximum for now
      }
    }
    double cells = (1L << bits) - 1;
    double[] scale = new double[d];
    for (int k = 0; k < d; k++) {
      double width = (double) span[k] - lo[k];
      scale[k] = width > 0 ? cells / width : 0;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long code = 0;
      for (int k = 0; k < d; k++) {
        long q = (long) (((double) x[i * d + k] - lo[k]) * scale[k]);
        code |= spread(q, bits, d) << k;
      }
      keys[i] = code << 24 | i;
    }
    Arrays.sort(keys);
    int[] order = new int[n];
    for (int t = 0; t < n; t++) {
      order[t] = (int) (keys[t] & 0xFFFFFF);
    }
    return order;
  }

  /**
   * The low {@code bits} bits of q, bit b moved to position b·d. For d = 2 and 3 by the usual
   * shift-and-mask ladders, a handful of operations instead of a loop over bits (the ordering of a
   * 256-point 2-D cloud took 35 µs with the loop, 9 µs with the ladder); the loop remains for
   * other d and as their reference.
   */
  static long spread(long q, int bits, int d) {
    if (d == 2 && bits <= 32) {
      long x = q & ((1L << bits) - 1);
      x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
      x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
      x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
      x = (x | (x << 2)) & 0x3333333333333333L;
      return (x | (x << 1)) & 0x5555555555555555L;
    }
    if (d == 3 && bits <= 21) {
      long x = q & ((1L << bits) - 1);
      x = (x | (x << 32)) & 0x001F00000000FFFFL;
      x = (x | (x << 16)) & 0x001F0000FF0000FFL;
      x = (x | (x << 8)) & 0x100F00F00F00F00FL;
      x = (x | (x << 4)) & 0x10C30C30C30C30C3L;
      return (x | (x << 2)) & 0x1249249249249249L;
    }
    return spreadByBits(q, bits, d);
  }

  /** {@link #spread} one bit at a time. */
  static long spreadByBits(long q, int bits, int d) {
    long out = 0;
    for (int b = 0; b < bits; b++) {
      out |= ((q >>> b) & 1L) << (b * d);
    }
    return out;
  }

  /**
   * Rows of x ([n, d]) in the given order (null: their own), each minus shift (d values),
   * subtracted in float.
   */
  static float[] permuted(float[] x, int[] order, int d, float[] shift) {
    int n = x.length / d;
    float[] out = new float[x.length];
    float[] row = new float[d];
    for (int t = 0; t < n; t++) {
      // Zero-based copies in and out: HotSpot vectorises loops whose arrays share one index.
      System.arraycopy(x, (order == null ? t : order[t]) * d, row, 0, d);
      for (int k = 0; k < d; k++) {
        row[k] -= shift[k];
      }
      System.arraycopy(row, 0, out, t * d, d);
    }
    return out;
  }
}
