package io.flowbridge.ot.assignment;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DenseScan}'s kernels on JDK 17's incubating Vector API: keys and minima in long lanes
 * (one instruction each, where a double min honours NaN and −0.0 with blends).
 *
 * <p>Each step loads one float vector of costs and widens its two halves to double vectors of
 * the same shape, as {@code io.flowbridge.ot.cost.VectorGram} does. Widening a half-width float
 * vector instead (a second shape pair for the same conversion) left the Gram kernel running
 * the Vector API's unintrinsified fallback in the same JVM: 15 ms instead of ~1 ms for a
 * 128 × 128 matrix in 784 dimensions.
 */
final class VectorDenseScan {
  private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Double> DOUBLES =
      VectorSpecies.of(double.class, FLOATS.vectorShape());
  private static final VectorSpecies<Long> LONGS =
      VectorSpecies.of(long.class, FLOATS.vectorShape());
  private static final int LANES = DOUBLES.length();
  private static final long[] IOTA = iota();

  private VectorDenseScan() {}

  static void twoLowest(float[] c, int row, double[] v, int n, long[] out) {
    LongVector high = LongVector.broadcast(LONGS, -1L << RowScan.indexBits(n));
    LongVector m1 = LongVector.broadcast(LONGS, Long.MAX_VALUE);
    LongVector m2 = m1;
    LongVector column = LongVector.fromArray(LONGS, IOTA, 0);
    LongVector step = LongVector.broadcast(LONGS, LANES);
    int bound = FLOATS.loopBound(n);
    for (int j = 0; j < bound; j += 2 * LANES) {
      FloatVector f = FloatVector.fromArray(FLOATS, c, row + j);
      LongVector k = key(((DoubleVector) f.convertShape(VectorOperators.F2D, DOUBLES, 0))
          .sub(DoubleVector.fromArray(DOUBLES, v, j))).and(high).or(column);
      m2 = m2.min(m1.max(k));
      m1 = m1.min(k);
      column = column.add(step);
      k = key(((DoubleVector) f.convertShape(VectorOperators.F2D, DOUBLES, 1))
          .sub(DoubleVector.fromArray(DOUBLES, v, j + LANES))).and(high).or(column);
      m2 = m2.min(m1.max(k));
      m1 = m1.min(k);
      column = column.add(step);
    }
    long k1 = m1.reduceLanes(VectorOperators.MIN);
    long k2 = m2.reduceLanes(VectorOperators.MIN);
    long[] lanes = new long[LANES];
    m1.intoArray(lanes, 0);
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

  static long relax(float[] c, int row, double[] v, double shift, long[] exact, int n) {
    LongVector high = LongVector.broadcast(LONGS, -1L << RowScan.indexBits(n));
    LongVector m1 = LongVector.broadcast(LONGS, Long.MAX_VALUE);
    LongVector column = LongVector.fromArray(LONGS, IOTA, 0);
    LongVector step = LongVector.broadcast(LONGS, LANES);
    DoubleVector s = DoubleVector.broadcast(DOUBLES, shift);
    int bound = FLOATS.loopBound(n);
    for (int j = 0; j < bound; j += 2 * LANES) {
      FloatVector f = FloatVector.fromArray(FLOATS, c, row + j);
      // The two halves written out in this method: the part index must be a constant for the
      // intrinsic, and a helper method left C2 on the unintrinsified fallback (5 ms solves).
      DoubleVector lo = (DoubleVector) f.convertShape(VectorOperators.F2D, DOUBLES, 0);
      LongVector e = LongVector.fromArray(LONGS, exact, j)
          .min(key(lo.sub(DoubleVector.fromArray(DOUBLES, v, j)).sub(s)));
      e.intoArray(exact, j);
      m1 = m1.min(e.and(high).or(column));
      column = column.add(step);
      DoubleVector hi = (DoubleVector) f.convertShape(VectorOperators.F2D, DOUBLES, 1);
      e = LongVector.fromArray(LONGS, exact, j + LANES)
          .min(key(hi.sub(DoubleVector.fromArray(DOUBLES, v, j + LANES)).sub(s)));
      e.intoArray(exact, j + LANES);
      m1 = m1.min(e.and(high).or(column));
      column = column.add(step);
    }
    long k1 = m1.reduceLanes(VectorOperators.MIN);
    return DenseScan.relaxPortable(c, row, v, shift, exact, bound, n, k1);
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
