package io.flowbridge.ot.assignment;

import io.flowbridge.ot.vector.VectorApi;

/**
 * Dense row scans over reduced costs h_j = c[row + j] − vf[j] in float: the two smallest and
 * their columns (an auction bid), the smallest alone (the auction's ε-optimality test), and the
 * columns below a threshold (a candidate gather of {@link CheapestColumns}). They run on
 * {@link VectorRowScan} when the Vector API is usable with 8 or 16 float lanes, else on the
 * portable loops here; both return the same indices, columns and values, bit for bit (tested),
 * so the switch only changes speed.
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
   * Rows up to this long have their bids ranked by {@link #packedKey}: the column index takes the
   * low bits of the key, at most 12 of float's 23 fraction bits. Longer rows rank on the exact
   * values (the scalar scan), where fewer bits would be left than the auction's final ε needs.
   */
  static final int PACKED_MAX_N = 1 << 12;

  /**
   * An auction bid: the columns j1 and j2 of the two smallest {@link #packedKey packed keys},
   * j1 returned, out[0] = h_j1 and out[1] = h_j2 (+∞ when n = 1). So h_j1 is the row's minimum
   * up to the keys' resolution (2^(bits − 23) of |h|, bits = {@link #indexBits}(n)): the two
   * differ only when they share a key bucket, and ties within one go to the lower column. Rows
   * longer than {@link #PACKED_MAX_N} rank on exact values: the first j with the smallest h_j,
   * and the second smallest value (equal to the first on ties). Requires n ≥ 1 and finite h.
   *
   * <p>Why packed: the minimum's column comes out of the same integer minimum as its value, with
   * no second pass to find which column held it. On 8-Gaussian and moons targets the auction got
   * 30–40% faster with the same number of bids (docs/ot-benchmarks.md, session 8).
   */
  static int twoLowest(float[] c, int row, float[] vf, int n, float[] out) {
    if (n > PACKED_MAX_N) {
      return twoLowestFrom(c, row, vf, 0, n, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, 0,
          out);
    }
    return VECTOR ? VectorRowScan.twoLowest(c, row, vf, n, out)
        : twoLowestPortable(c, row, vf, n, out);
  }

  /** Bits that hold a column index below n (at least 1). */
  static int indexBits(int n) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(n - 1, 1));
  }

  /**
   * h's order-preserving integer key (float bits with the magnitude of negatives flipped) with its
   * low {@code bits} bits replaced by column j: distinct for distinct columns, ordered by h down
   * to the dropped bits and then by column.
   */
  static int packedKey(float h, int j, int bits) {
    return (key(h) & (-1 << bits)) | j;
  }

  /** The key of one float: signed-int order equals float order (−0.0 just below +0.0). */
  static int key(float h) {
    int bits = Float.floatToRawIntBits(h);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }

  /** The float of a key: {@link #key} is its own inverse on the bits. */
  static float value(int key) {
    return Float.intBitsToFloat(key ^ ((key >> 31) & 0x7fffffff));
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

  /** {@link #twoLowest} for rows up to {@link #PACKED_MAX_N} long, scalar. */
  static int twoLowestPortable(float[] c, int row, float[] vf, int n, float[] out) {
    int bits = indexBits(n);
    int k1 = Integer.MAX_VALUE;
    int k2 = Integer.MAX_VALUE;
    // Only h ≤ limit can have a packed key below k2 (a later column loses a tie of buckets), so
    // most columns cost a subtraction and a well-predicted float compare, as the exact scan did.
    // Packing every column measured ~20% slower on whole solves; this, ~8% slower than the exact
    // scan (8-Gaussian targets, n = 256, no Vector API; with it, solves got 14–18% faster).
    float limit = Float.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      float h = c[row + j] - vf[j];
      if (h <= limit) {
        int k = packedKey(h, j, bits);
        if (k < k2) {
          if (k < k1) {
            k2 = k1;
            k1 = k;
          } else {
            k2 = k;
          }
          limit = k2 == Integer.MAX_VALUE ? Float.POSITIVE_INFINITY : bucketFloor(k2, bits);
        }
      }
    }
    return fromPackedKeys(c, row, vf, k1, k2, bits, out);
  }

  /**
   * The float at the bottom of packed key k's bucket (its key with the index bits cleared): every h
   * whose packed key is below k's has h ≤ it (inclusive, as −0.0 and +0.0 compare equal).
   */
  static float bucketFloor(int k, int bits) {
    return value(k & (-1 << bits));
  }

  /** Unpacks the two smallest packed keys into twoLowest's result. */
  static int fromPackedKeys(float[] c, int row, float[] vf, int k1, int k2, int bits,
      float[] out) {
    int index = ~(-1 << bits);
    int j1 = k1 & index;
    out[0] = c[row + j1] - vf[j1];
    if (k2 == Integer.MAX_VALUE) {
      out[1] = Float.POSITIVE_INFINITY;
    } else {
      int j2 = k2 & index;
      out[1] = c[row + j2] - vf[j2];
    }
    return j1;
  }

  /**
   * Continues an exact two-smallest scan over columns [from, n) from its running state: r1 at
   * column j1, and r2. Writes out[0], out[1] and returns the column of the smallest, as
   * twoLowest does for rows longer than {@link #PACKED_MAX_N}.
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
