package io.flowbridge.ot.assignment;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowScan}'s kernels on JDK 17's incubating Vector API, loaded only when it is usable.
 *
 * <p>The minima are taken on order-preserving integer keys of the float bits (the magnitude bits
 * of negative values flipped), because on JDK 17 a float vector min is compiled to a sequence of
 * blends that honours NaN and −0.0, while an int min is one instruction: measured 70–85 ns
 * against 160–170 ns per 256-column bid with float min/max. A bid ranks packed keys
 * ({@link RowScan#packedKey}), whose low bits hold the column, so the minimum's column comes out of
 * the minimum itself (before, a scalar walk down the winning lane found it, and the bid took ~45%
 * longer).
 */
final class VectorRowScan {
  private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Integer> INTS =
      VectorSpecies.of(int.class, FLOATS.vectorShape());
  private static final int LANES = FLOATS.length();
  /** 2^lane in each lane: summing the lanes' 0/1 flags times these packs them into an int. */
  private static final IntVector LANE_BITS = laneBits();
  /** 0, 1, ..., LANES − 1: each lane's column in the first chunk. */
  private static final int[] IOTA = iota();

  private VectorRowScan() {}

  static int lanes() {
    return LANES;
  }

  /**
   * {@link RowScan#twoLowest} for rows up to {@link RowScan#PACKED_MAX_N} long. Each lane keeps
   * its two smallest packed keys branch-free (m2 ← min(m2, max(m1, k)); m1 ← min(m1, k)); packed
   * keys are distinct, so exactly one lane holds the smallest, and the second smallest is the
   * least of every lane's second and the other lanes' first.
   */
  static int twoLowest(float[] c, int row, float[] vf, int n, float[] out) {
    int bits = RowScan.indexBits(n);
    IntVector high = IntVector.broadcast(INTS, -1 << bits);
    IntVector m1 = IntVector.broadcast(INTS, Integer.MAX_VALUE);
    IntVector m2 = m1;
    // Made here, not kept in a static field: a loop-carried vector of a type the compiler cannot
    // pin down is boxed on every iteration (3.6 MB allocated per 256-point solve).
    IntVector column = IntVector.fromArray(INTS, IOTA, 0);
    IntVector step = IntVector.broadcast(INTS, LANES);
    int bound = FLOATS.loopBound(n);
    for (int j = 0; j < bound; j += LANES) {
      IntVector k = key(FloatVector.fromArray(FLOATS, c, row + j)
          .sub(FloatVector.fromArray(FLOATS, vf, j))).and(high).or(column);
      m2 = m2.min(m1.max(k));
      m1 = m1.min(k);
      column = column.add(step);
    }
    int k1 = m1.reduceLanes(VectorOperators.MIN);
    // Every lane's second, and the first of every lane but the winner's (set to MAX_VALUE there).
    IntVector winner = allOnesWhereZero(m1.lanewise(VectorOperators.XOR, k1));
    int k2 = m2.min(m1.lanewise(VectorOperators.XOR, m1.lanewise(VectorOperators.XOR,
            Integer.MAX_VALUE).lanewise(VectorOperators.AND, winner)))
        .reduceLanes(VectorOperators.MIN);
    for (int j = bound; j < n; j++) {
      int k = RowScan.packedKey(c[row + j] - vf[j], j, bits);
      int low = Math.min(k1, k);
      k2 = Math.min(k2, Math.max(k1, k));
      k1 = low;
    }
    return RowScan.fromPackedKeys(c, row, vf, k1, k2, bits, out);
  }

  /**
   * {@link #twoLowest} for two rows in one pass (each vf chunk loaded once, two independent
   * chains of minima): keys[0], keys[1] the smallest two packed keys of row A, keys[2], keys[3]
   * those of row B. Rows up to {@link RowScan#PACKED_MAX_N} long. The second-smallest
   * epilogue is written out per row, as in twoLowest: one helper shared by both kernels made the
   * single scan 1.5–3× slower in a JVM that runs both (a micro-benchmark of the two kernels;
   * likely another of the JIT hazards in docs/ot-benchmarks.md, session 9).
   */
  static void twoLowestPair(float[] c, int rowA, int rowB, float[] vf, int n, int[] keys) {
    int bits = RowScan.indexBits(n);
    IntVector high = IntVector.broadcast(INTS, -1 << bits);
    IntVector a1 = IntVector.broadcast(INTS, Integer.MAX_VALUE);
    IntVector a2 = a1;
    IntVector b1 = a1;
    IntVector b2 = a1;
    IntVector column = IntVector.fromArray(INTS, IOTA, 0);
    IntVector step = IntVector.broadcast(INTS, LANES);
    int bound = FLOATS.loopBound(n);
    for (int j = 0; j < bound; j += LANES) {
      FloatVector v = FloatVector.fromArray(FLOATS, vf, j);
      IntVector ka = key(FloatVector.fromArray(FLOATS, c, rowA + j).sub(v)).and(high).or(column);
      IntVector kb = key(FloatVector.fromArray(FLOATS, c, rowB + j).sub(v)).and(high).or(column);
      a2 = a2.min(a1.max(ka));
      a1 = a1.min(ka);
      b2 = b2.min(b1.max(kb));
      b1 = b1.min(kb);
      column = column.add(step);
    }
    int ka1 = a1.reduceLanes(VectorOperators.MIN);
    IntVector wa = allOnesWhereZero(a1.lanewise(VectorOperators.XOR, ka1));
    int ka2 = a2.min(a1.lanewise(VectorOperators.XOR, a1.lanewise(VectorOperators.XOR,
            Integer.MAX_VALUE).lanewise(VectorOperators.AND, wa)))
        .reduceLanes(VectorOperators.MIN);
    int kb1 = b1.reduceLanes(VectorOperators.MIN);
    IntVector wb = allOnesWhereZero(b1.lanewise(VectorOperators.XOR, kb1));
    int kb2 = b2.min(b1.lanewise(VectorOperators.XOR, b1.lanewise(VectorOperators.XOR,
            Integer.MAX_VALUE).lanewise(VectorOperators.AND, wb)))
        .reduceLanes(VectorOperators.MIN);
    for (int t = bound; t < n; t++) {
      float v = vf[t];
      int k = RowScan.packedKey(c[rowA + t] - v, t, bits);
      ka2 = Math.min(ka2, Math.max(ka1, k));
      ka1 = Math.min(ka1, k);
      k = RowScan.packedKey(c[rowB + t] - v, t, bits);
      kb2 = Math.min(kb2, Math.max(kb1, k));
      kb1 = Math.min(kb1, k);
    }
    keys[0] = ka1;
    keys[1] = ka2;
    keys[2] = kb1;
    keys[3] = kb2;
  }

  /** {@link #lowest} for two rows in one pass: out[0] row A's, out[1] row B's. */
  static void lowestPair(float[] c, int rowA, int rowB, float[] vf, int n, float[] out) {
    IntVector ma = IntVector.broadcast(INTS, Integer.MAX_VALUE);
    IntVector mb = ma;
    int bound = FLOATS.loopBound(n);
    int j = 0;
    for (; j < bound; j += LANES) {
      FloatVector v = FloatVector.fromArray(FLOATS, vf, j);
      ma = ma.min(key(FloatVector.fromArray(FLOATS, c, rowA + j).sub(v)));
      mb = mb.min(key(FloatVector.fromArray(FLOATS, c, rowB + j).sub(v)));
    }
    float ra = bound > 0 ? RowScan.value(ma.reduceLanes(VectorOperators.MIN))
        : Float.POSITIVE_INFINITY;
    float rb = bound > 0 ? RowScan.value(mb.reduceLanes(VectorOperators.MIN))
        : Float.POSITIVE_INFINITY;
    for (; j < n; j++) {
      float h = c[rowA + j] - vf[j];
      ra = h < ra ? h : ra;
      h = c[rowB + j] - vf[j];
      rb = h < rb ? h : rb;
    }
    out[0] = ra;
    out[1] = rb;
  }

  static float lowest(float[] c, int row, float[] vf, int n) {
    IntVector m = IntVector.broadcast(INTS, Integer.MAX_VALUE);
    int bound = FLOATS.loopBound(n);
    int j = 0;
    for (; j < bound; j += LANES) {
      m = m.min(key(FloatVector.fromArray(FLOATS, c, row + j)
          .sub(FloatVector.fromArray(FLOATS, vf, j))));
    }
    float r = bound > 0 ? RowScan.value(m.reduceLanes(VectorOperators.MIN))
        : Float.POSITIVE_INFINITY;
    for (; j < n; j++) {
      float h = c[row + j] - vf[j];
      r = h < r ? h : r;
    }
    return r;
  }

  static int appendBelow(float[] c, int row, float[] vf, int from, int to, float top,
      float[] val, int[] col, int cnt) {
    FloatVector limit = FloatVector.broadcast(FLOATS, top);
    int bound = from + FLOATS.loopBound(to - from);
    int j = from;
    for (; j < bound; j += LANES) {
      FloatVector h = FloatVector.fromArray(FLOATS, c, row + j)
          .sub(FloatVector.fromArray(FLOATS, vf, j));
      // h < top exactly when h − top + 0 has its sign bit set: the difference of two floats
      // that compare unequal never rounds to zero, and adding +0 turns the −0 of −0 − (+0)
      // into +0. The flags are packed into one int.
      int bits = h.sub(limit).add(0f).reinterpretAsInts().lanewise(VectorOperators.LSHR, 31)
          .mul(LANE_BITS).reduceLanes(VectorOperators.ADD);
      while (bits != 0) {
        int k = j + Integer.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        val[cnt] = c[row + k] - vf[k];
        col[cnt] = k;
        cnt++;
      }
    }
    return RowScan.appendBelowPortable(c, row, vf, j, to, top, val, col, cnt);
  }

  /**
   * Column minima of the n×n matrix c over its rows in the given order (null: 0 .. n−1), and the
   * first row in that order attaining each, for the columns below {@code to} (a multiple of the
   * lane count). Per chunk of columns: one pass down the rows takes the minimum keys, a second
   * (over lines still in L1) marks each lane's first row with that key, both in int lane-wise
   * ops only. Keys are taken of c + 0, which turns −0.0 into +0.0, so the two zeros tie as they
   * do for the portable loop's {@code <}.
   */
  static void columnMinima(float[] c, int n, int[] order, int to, float[] min, int[] argMin) {
    for (int j = 0; j < to; j += LANES) {
      IntVector m = IntVector.broadcast(INTS, Integer.MAX_VALUE);
      for (int t = 0; t < n; t++) {
        int i = order == null ? t : order[t];
        m = m.min(key(FloatVector.fromArray(FLOATS, c, i * n + j).add(0f)));
      }
      IntVector at = IntVector.zero(INTS);
      IntVector found = IntVector.zero(INTS);
      for (int t = 0; t < n; t++) {
        int i = order == null ? t : order[t];
        // All-ones where this row holds the minimum, then only where no earlier row did.
        IntVector k = key(FloatVector.fromArray(FLOATS, c, i * n + j).add(0f));
        IntVector equal = allOnesWhereZero(k.lanewise(VectorOperators.XOR, m));
        IntVector first = equal.lanewise(VectorOperators.AND_NOT, found);
        at = at.lanewise(VectorOperators.XOR,
            at.lanewise(VectorOperators.XOR, i).lanewise(VectorOperators.AND, first));
        found = found.lanewise(VectorOperators.OR, equal);
      }
      keyOfBits(m).reinterpretAsFloats().intoArray(min, j);
      at.intoArray(argMin, j);
    }
  }

  private static int[] iota() {
    int[] lane = new int[LANES];
    for (int i = 0; i < LANES; i++) {
      lane[i] = i;
    }
    return lane;
  }

  private static IntVector laneBits() {
    int[] bits = new int[LANES];
    for (int lane = 0; lane < LANES && lane < 31; lane++) {
      bits[lane] = 1 << lane;
    }
    return IntVector.fromArray(INTS, bits, 0);
  }

  /** Signed-int keys in the order of the floats (−0.0 just below +0.0). */
  private static IntVector key(FloatVector h) {
    return keyOfBits(h.reinterpretAsInts());
  }

  /** The key of float bits, and the float bits of a key: the map is its own inverse. */
  private static IntVector keyOfBits(IntVector bits) {
    return bits.lanewise(VectorOperators.XOR,
        bits.lanewise(VectorOperators.ASHR, 31).lanewise(VectorOperators.AND, 0x7fffffff));
  }

  /**
   * All-ones in the lanes where z is zero, zero elsewhere, without a mask (masks are slow on
   * JDK 17): (z | −z) >>> 31 is 1 for any non-zero z, and subtracting 1 maps 1 → 0, 0 → −1.
   */
  private static IntVector allOnesWhereZero(IntVector z) {
    return z.lanewise(VectorOperators.OR, z.neg()).lanewise(VectorOperators.LSHR, 31).sub(1);
  }
}
