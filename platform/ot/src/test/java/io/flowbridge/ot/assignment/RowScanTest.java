package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The row scans against their definitions (sorting the row's reduced costs, or their packed keys
 * for a bid), and the Vector API kernels against the portable loops: same index, same values, bit
 * for bit, same appended columns, on rows
 * whose lengths are and are not multiples of the lane count, with ties, signed zeros and wide
 * ranges. The vector half runs when the test JVM has the Vector API (the build adds it).
 */
class RowScanTest {
  private static final int[] LENGTHS = {1, 2, 7, 8, 15, 16, 17, 31, 33, 64, 100, 256, 257, 300};

  @Test
  void scansMatchTheirDefinitions() {
    for (int seed = 0; seed < 400; seed++) {
      Random rnd = new Random(seed);
      int n = LENGTHS[seed % LENGTHS.length];
      int offset = rnd.nextInt(5);
      float[] c = row(rnd, seed % 5, offset + n);
      float[] vf = duals(rnd, seed % 5, n);
      float[] h = new float[n];
      for (int j = 0; j < n; j++) {
        h[j] = c[offset + j] - vf[j];
      }
      float[] sorted = h.clone();
      Arrays.sort(sorted);
      String where = "seed " + seed + " n " + n;
      // A bid: the columns of the two smallest packed keys, their values exact.
      int bits = RowScan.indexBits(n);
      long[] packed = new long[n];
      for (int j = 0; j < n; j++) {
        packed[j] = RowScan.packedKey(h[j], j, bits);
      }
      Arrays.sort(packed);
      int mask = ~(-1 << bits);
      float[] out = new float[2];
      int j1 = RowScan.twoLowest(c, offset, vf, n, out);
      assertEquals((int) packed[0] & mask, j1, where + " column of the smallest packed key");
      assertEquals(Float.floatToRawIntBits(h[j1]), Float.floatToRawIntBits(out[0]), where);
      float second = n > 1 ? h[(int) packed[1] & mask] : Float.POSITIVE_INFINITY;
      assertEquals(Float.floatToRawIntBits(second), Float.floatToRawIntBits(out[1]), where);
      // ...which is the row's minimum to the keys' resolution: the same key above the index bits.
      assertEquals(RowScan.key(sorted[0]) >> bits, RowScan.key(out[0]) >> bits, where);
      if (n > 1) {
        assertEquals(RowScan.key(sorted[1]) >> bits, RowScan.key(out[1]) >> bits, where);
      }
      assertTrue(RowScan.lowest(c, offset, vf, n) == sorted[0], where + " lowest");

      int from = rnd.nextInt(n + 1);
      int to = from + rnd.nextInt(n - from + 1);
      float top = rnd.nextInt(4) == 0 ? Float.POSITIVE_INFINITY : h[rnd.nextInt(n)];
      float[] val = new float[n + 3];
      int[] col = new int[n + 3];
      int cnt = RowScan.appendBelow(c, offset, vf, from, to, top, val, col, 3);
      int expected = 3;
      for (int j = from; j < to; j++) {
        if (h[j] < top) {
          assertEquals(j, col[expected], where + " appended column");
          assertTrue(val[expected] == h[j], where + " appended value");
          expected++;
        }
      }
      assertEquals(expected, cnt, where + " appended count, range " + from + ".." + to);
    }
  }

  @Test
  void vectorKernelsAgreeWithThePortableLoops() {
    assumeTrue(RowScan.VECTOR, "the Vector API is not in this JVM");
    for (int seed = 0; seed < 600; seed++) {
      Random rnd = new Random(seed);
      int n = LENGTHS[seed % LENGTHS.length];
      float[] c = row(rnd, seed % 5, n);
      float[] vf = duals(rnd, seed % 5, n);
      String where = "seed " + seed + " n " + n;
      float[] portable = new float[2];
      float[] vector = new float[2];
      assertEquals(RowScan.twoLowestPortable(c, 0, vf, n, portable),
          VectorRowScan.twoLowest(c, 0, vf, n, vector), where + " index");
      assertEquals(Float.floatToRawIntBits(portable[0]), Float.floatToRawIntBits(vector[0]),
          where + " smallest, bit for bit");
      assertEquals(Float.floatToRawIntBits(portable[1]), Float.floatToRawIntBits(vector[1]),
          where + " second smallest, bit for bit");
      assertTrue(RowScan.lowestPortable(c, 0, vf, n) == VectorRowScan.lowest(c, 0, vf, n), where);
      float top = rnd.nextBoolean() ? Float.POSITIVE_INFINITY : c[rnd.nextInt(n)] - vf[0];
      float[] val1 = new float[n];
      float[] val2 = new float[n];
      int[] col1 = new int[n];
      int[] col2 = new int[n];
      int k1 = RowScan.appendBelowPortable(c, 0, vf, 0, n, top, val1, col1, 0);
      int k2 = VectorRowScan.appendBelow(c, 0, vf, 0, n, top, val2, col2, 0);
      assertEquals(k1, k2, where + " appended count");
      assertArrayEquals(Arrays.copyOf(col1, k1), Arrays.copyOf(col2, k2), where + " columns");
      assertArrayEquals(Arrays.copyOf(val1, k1), Arrays.copyOf(val2, k2), where + " values");
    }
  }

  @Test
  void pairedScansGiveEachRowsOwnResult() {
    assumeTrue(RowScan.VECTOR, "the Vector API is not in this JVM");
    for (int seed = 0; seed < 400; seed++) {
      Random rnd = new Random(seed);
      int n = LENGTHS[seed % LENGTHS.length];
      float[] a = row(rnd, seed % 5, n);
      float[] b = row(rnd, (seed + 2) % 5, n);
      float[] c = Arrays.copyOf(a, 2 * n);
      System.arraycopy(b, 0, c, n, n);
      float[] vf = duals(rnd, seed % 5, n);
      int[] keys = new int[4];
      VectorRowScan.twoLowestPair(c, 0, n, vf, n, keys);
      float[] minima = new float[2];
      VectorRowScan.lowestPair(c, 0, n, vf, n, minima);
      int bits = RowScan.indexBits(n);
      for (int r = 0; r < 2; r++) {
        String where = "seed " + seed + " n " + n + " row " + r;
        float[] single = new float[2];
        float[] paired = new float[2];
        int j = RowScan.twoLowestPortable(c, r * n, vf, n, single);
        assertEquals(j, RowScan.fromPackedKeys(c, r * n, vf, keys[2 * r], keys[2 * r + 1], bits,
            paired), where + " index");
        assertEquals(Float.floatToRawIntBits(single[0]), Float.floatToRawIntBits(paired[0]), where);
        assertEquals(Float.floatToRawIntBits(single[1]), Float.floatToRawIntBits(paired[1]), where);
        // Equal as floats, as for lowest itself: a row's minimum may be +0.0 or −0.0.
        assertTrue(RowScan.lowestPortable(c, r * n, vf, n) == minima[r], where + " lowest");
      }
    }
  }

  /**
   * Rows longer than PACKED_MAX_N rank exact values: the first column of the smallest, and the
   * second smallest value, on a row whose two smallest differ by less than the packed keys'
   * resolution (they would tie there and go to the lower column).
   */
  @Test
  void longRowsRankExactValues() {
    int n = RowScan.PACKED_MAX_N + 1;
    float[] c = new float[n];
    Arrays.fill(c, 5f);
    c[7] = 1f + 0x1p-20f;
    c[4000] = 1f;
    c[4096] = 1f;
    float[] vf = new float[n];
    float[] out = new float[2];
    assertEquals(4000, RowScan.twoLowest(c, 0, vf, n, out));
    assertTrue(out[0] == 1f && out[1] == 1f, Arrays.toString(out));
    c[4096] = 2f;
    assertEquals(4000, RowScan.twoLowest(c, 0, vf, n, out));
    assertTrue(out[0] == 1f && out[1] == 1f + 0x1p-20f, Arrays.toString(out));
    // Packed, the same values tie at 2^-11 resolution and the lower column wins.
    int shorter = RowScan.PACKED_MAX_N;
    assertEquals(7, RowScan.twoLowest(c, 0, vf, shorter, out));
  }

  /** Duals that keep the row's ties: integers for kind 1, signed zeros for kind 4. */
  private static float[] duals(Random rnd, int kind, int n) {
    return row(rnd, kind == 1 || kind == 4 ? kind : 0, n);
  }

  /**
   * Kinds: 0 continuous, 1 small integers (ties), 2 zeros of both signs among positives, 3 a
   * range of 2^±40, 4 all −0.0 or +0.0.
   */
  private static float[] row(Random rnd, int kind, int n) {
    float[] r = new float[n];
    for (int j = 0; j < n; j++) {
      r[j] = switch (kind) {
        case 0 -> (float) rnd.nextGaussian() * 10;
        case 1 -> rnd.nextInt(3);
        case 2 -> rnd.nextInt(3) == 0 ? (rnd.nextBoolean() ? -0f : 0f) : 1 + rnd.nextInt(3);
        case 3 -> (float) Math.scalb(rnd.nextGaussian(), rnd.nextInt(81) - 40);
        default -> rnd.nextBoolean() ? -0f : 0f;
      };
    }
    return r;
  }
}
