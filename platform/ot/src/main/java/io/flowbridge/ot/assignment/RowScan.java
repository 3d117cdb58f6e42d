package io.flowbridge.ot.assignment;

import io.flowbridge.ot.vector.VectorApi;

/**
 * Dense row scans over reduced costs h_j = c[row + j] − vf[j] in float: the two smallest with the
 * first index of the smallest (an auction bid), the smallest alone (the auction's ε-optimality
 * test), and the columns below a threshold (a candidate gather of {@link CheapestColumns}). They
 * run on {@link VectorRowScan} when the Vector API is usable with 8 or 16 float lanes, else on the
 * portable loops here; both return the same index, columns and values (tested; of two tied zeros
 * the second smallest may differ in sign only), so the switch only changes speed.
 *
 * <p>Why: the scalar two-smallest loop has a data-dependent branch that mispredicts each time the
 * running second minimum moves, and it is most of the auction's time; the branch-free scalar
 * gather stores every column and advances its count by a compare, ~3 cycles a column. Measured
 * on 256-column rows: 190–250 ns per bid scalar, 70–85 ns vectorised; 390–470 ns per gather
 * scalar, 130–160 ns vectorised (docs/ot-benchmarks.md, session 6).
 */
final class RowScan {
  static final boolean VECTOR = vector();

  private RowScan() {}

  private static boolean vector() {
    if (!VectorApi.usable()) {
      return false;
    }
    try {
      // 8 or 16 lanes (AVX2, AVX-512): a chunk's lanes below a threshold fit one int of bits.
      int lanes = VectorRowScan.lanes();
      return lanes >= 8 && lanes <= 16;
    } catch (LinkageError e) {
      return false;
    }
  }

  /**
   * The first j with the smallest h_j, returned; out[0] = that smallest h, out[1] = the second
   * smallest (equal to out[0] on ties, +∞ when n = 1). Requires n ≥ 1 and finite h.
   */
  static int twoLowest(float[] c, int row, float[] vf, int n, float[] out) {
    return VECTOR ? VectorRowScan.twoLowest(c, row, vf, n, out)
        : twoLowestPortable(c, row, vf, n, out);
  }

  /** min_j h_j (+∞ when n = 0). */
  static float lowest(float[] c, int row, float[] vf, int n) {
    return VECTOR ? VectorRowScan.lowest(c, row, vf, n) : lowestPortable(c, row, vf, n);
  }

  /**
   * Appends every column j in [from, to) with h_j &lt; top to val/col from position cnt on, in
   * column order, and returns the new count; the caller leaves room for to − from entries.
   */
  static int appendBelow(float[] c, int row, float[] vf, int from, int to, float top,
      float[] val, int[] col, int cnt) {
    return VECTOR ? VectorRowScan.appendBelow(c, row, vf, from, to, top, val, col, cnt)
        : appendBelowPortable(c, row, vf, from, to, top, val, col, cnt);
  }

  static int appendBelowPortable(float[] c, int row, float[] vf, int from, int to, float top,
      float[] val, int[] col, int cnt) {
    // Branch-free: every column is written, and the count only moves past the ones below top.
    for (int j = from; j < to; j++) {
      float h = c[row + j] - vf[j];
      val[cnt] = h;
      col[cnt] = j;
      cnt += h < top ? 1 : 0;
    }
    return cnt;
  }

  static int twoLowestPortable(float[] c, int row, float[] vf, int n, float[] out) {
    return twoLowestFrom(c, row, vf, 0, n, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, 0,
        out);
  }

  /**
   * Continues a two-smallest scan over columns [from, n) from its running state: r1 at column
   * j1, and r2. Writes out[0], out[1] and returns the column of the smallest, as twoLowest.
   */
  static int twoLowestFrom(float[] c, int row, float[] vf, int from, int n, float r1, float r2,
      int j1, float[] out) {
    // The inner branch is rarely taken, so it predicts well.
    for (int j = from; j < n; j++) {
      float h = c[row + j] - vf[j];
      if (h < r2) {
        if (h < r1) {
          r2 = r1;
          r1 = h;
          j1 = j;
        } else {
          r2 = h;
        }
      }
    }
    out[0] = r1;
    out[1] = r2;
    return j1;
  }

  static float lowestPortable(float[] c, int row, float[] vf, int n) {
    float m0 = Float.POSITIVE_INFINITY;
    float m1 = m0;
    int j = 0;
    for (; j + 2 <= n; j += 2) {
      float h0 = c[row + j] - vf[j];
      float h1 = c[row + j + 1] - vf[j + 1];
      m0 = h0 < m0 ? h0 : m0;
      m1 = h1 < m1 ? h1 : m1;
    }
    for (; j < n; j++) {
      float h = c[row + j] - vf[j];
      m0 = h < m0 ? h : m0;
    }
    return m1 < m0 ? m1 : m0;
  }
}
