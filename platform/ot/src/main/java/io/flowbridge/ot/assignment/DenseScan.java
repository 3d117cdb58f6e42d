package io.flowbridge.ot.assignment;

/**
 * Dense row scans in double for {@link VectorJonkerVolgenant}: reduced costs
 * r_j = ((double) c[row + j] − v[j]) − shift ranked by packed keys, the order-preserving long
 * key of r_j with its low {@link RowScan#indexBits} bits replaced by the column, so that one
 * integer minimum gives both the smallest and its column. They run on {@link VectorDenseScan}
 * when {@link RowScan#VECTOR} is set, else on the portable loops here; both give the same keys,
 * bit for bit.
 *
 * <p>The resolution: keys that share their high bits (values within 2^(bits − 52) of |r|, about
 * 4·10⁻¹⁴ relative at n = 256) rank by column instead of value.
 */
final class DenseScan {
  private DenseScan() {}

  /** The double's order-preserving key: signed-long order equals double order. */
  static long key(double h) {
    long bits = Double.doubleToRawLongBits(h);
    return bits ^ ((bits >> 63) & 0x7fff_ffff_ffff_ffffL);
  }

  /** The double of a key ({@link #key} is its own inverse on the bits). */
  static double value(long key) {
    return Double.longBitsToDouble(key ^ ((key >> 63) & 0x7fff_ffff_ffff_ffffL));
  }

  /**
   * The two smallest packed keys of r_j = c[row + j] − v[j] over all n columns: out[0] the
   * smallest, out[1] the next (Long.MAX_VALUE when n = 1). Requires n ≥ 1.
   */
  static void twoLowest(float[] c, int row, double[] v, int n, long[] out) {
    if (RowScan.VECTOR) {
      VectorDenseScan.twoLowest(c, row, v, n, out);
    } else {
      twoLowestPortable(c, row, v, n, out);
    }
  }

  static void twoLowestPortable(float[] c, int row, double[] v, int n, long[] out) {
    int bits = RowScan.indexBits(n);
    long high = -1L << bits;
    long k1 = Long.MAX_VALUE;
    long k2 = Long.MAX_VALUE;
    for (int j = 0; j < n; j++) {
      long k = (key(c[row + j] - v[j]) & high) | j;
      k2 = Math.min(k2, Math.max(k1, k));
      k1 = Math.min(k1, k);
    }
    out[0] = k1;
    out[1] = k2;
  }

  /**
   * One Dijkstra step over a dense row: exact[j] ← min(exact[j], key(r_j)) for every column, and
   * returns the smallest packed key of the updated exact[]. (The search gives scanned columns
   * v = −∞ and exact = Long.MAX_VALUE, so that they keep out of the minimum.)
   */
  static long relax(float[] c, int row, double[] v, double shift, long[] exact, int n) {
    if (RowScan.VECTOR) {
      return VectorDenseScan.relax(c, row, v, shift, exact, n);
    }
    return relaxPortable(c, row, v, shift, exact, 0, n, Long.MAX_VALUE);
  }

  /** {@link #relax} for the columns from {@code from} on, starting from the minimum {@code k1}. */
  static long relaxPortable(float[] c, int row, double[] v, double shift, long[] exact,
      int from, int n, long k1) {
    long high = -1L << RowScan.indexBits(n);
    for (int j = from; j < n; j++) {
      long e = Math.min(exact[j], key(c[row + j] - v[j] - shift));
      exact[j] = e;
      k1 = Math.min(k1, (e & high) | j);
    }
    return k1;
  }
}
