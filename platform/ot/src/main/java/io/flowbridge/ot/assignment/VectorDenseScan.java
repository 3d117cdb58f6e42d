package io.flowbridge.ot.assignment;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DenseScan}'s kernels on JDK 17's incubating Vector API: keys and minima in long lanes
 * (one instruction each, where a double min honours NaN and −0.0 with blends).
 */
final class VectorDenseScan {
  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Long> LONGS =
      VectorSpecies.of(long.class, DOUBLES.vectorShape());
  private static final int LANES = DOUBLES.length();
  private static final long[] IOTA = iota();

  private VectorDenseScan() {}

  static void twoLowest(float[] c, int row, double[] v, int n, long[] out) {
    LongVector high = LongVector.broadcast(LONGS, -1L << RowScan.indexBits(n));
    LongVector m1 = LongVector.broadcast(LONGS, Long.MAX_VALUE);
    LongVector m2 = m1;
    LongVector column = LongVector.fromArray(LONGS, IOTA, 0);
    LongVector step = LongVector.broadcast(LONGS, LANES);
    int bound = DOUBLES.loopBound(n);
    for (int j = 0; j < bound; j += LANES) {
      LongVector k = key(widened(c, row + j)
          .sub(DoubleVector.fromArray(DOUBLES, v, j))).and(high).or(column);
      m2 = m2.min(m1.max(k));
      m1 = m1.min(k);
      column = column.add(step);
    }
    long[] lanes = new long[LANES];
    m1.intoArray(lanes, 0);
    long k1 = m1.reduceLanes(VectorOperators.MIN);
    long k2 = bound > 0 ? m2.reduceLanes(VectorOperators.MIN) : Long.MAX_VALUE;
    for (long k : lanes) {
      k2 = k == k1 ? k2 : Math.min(k2, k);
    }
    long h = -1L << RowScan.indexBits(n);
    for (int j = bound; j < n; j++) {
      long k = (DenseScan.key(c[row + j] - v[j]) & h) | j;
      k2 = Math.min(k2, Math.max(k1, k));
      k1 = Math.min(k1, k);
    }
    out[0] = k1;
    out[1] = k2;
  }

  static long relax(float[] c, int row, double[] v, double shift, long[] exact,
      long[] blocked, int n) {
    LongVector high = LongVector.broadcast(LONGS, -1L << RowScan.indexBits(n));
    LongVector m1 = LongVector.broadcast(LONGS, Long.MAX_VALUE);
    LongVector column = LongVector.fromArray(LONGS, IOTA, 0);
    LongVector step = LongVector.broadcast(LONGS, LANES);
    DoubleVector s = DoubleVector.broadcast(DOUBLES, shift);
    int bound = DOUBLES.loopBound(n);
    for (int j = 0; j < bound; j += LANES) {
      LongVector b = LongVector.fromArray(LONGS, blocked, j);
      LongVector e = LongVector.fromArray(LONGS, exact, j).min(key(
          widened(c, row + j)
              .sub(DoubleVector.fromArray(DOUBLES, v, j)).sub(s)).max(b));
      e.intoArray(exact, j);
      m1 = m1.min(e.max(b).and(high).or(column));
      column = column.add(step);
    }
    long k1 = m1.reduceLanes(VectorOperators.MIN);
    return DenseScan.relaxPortable(c, row, v, shift, exact, blocked, bound, n, k1);
  }

  private static final VectorSpecies<Float> FLOATS =
      VectorSpecies.of(float.class, jdk.incubator.vector.VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));

  private static DoubleVector widened(float[] c, int at) {
    return (DoubleVector) jdk.incubator.vector.FloatVector.fromArray(FLOATS, c, at)
        .convertShape(VectorOperators.F2D, DOUBLES, 0);
  }

  private static LongVector key(DoubleVector h) {
    LongVector bits = h.reinterpretAsLongs();
    return bits.lanewise(VectorOperators.XOR, bits.lanewise(VectorOperators.ASHR, 63)
        .lanewise(VectorOperators.AND, 0x7fff_ffff_ffff_ffffL));
  }

  private static long[] iota() {
    long[] lane = new long[LANES];
    for (int i = 0; i < LANES; i++) {
      lane[i] = i;
    }
    return lane;
  }
}
