package io.flowbridge.ot.cost;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Gram form of squared distances, c[i*m + j] = max(0, ‖a_i‖² + ‖b_j‖² − 2·a_i·b_j), written
 * with JDK 17's incubating Vector API: a register-blocked GEMM micro-kernel that keeps an 8-row ×
 * 2-vector tile of dot products in registers across all d coordinates. Loaded only when the JVM
 * runs with {@code --add-modules jdk.incubator.vector} (see {@link SquaredEuclidean#VECTOR_GRAM});
 * otherwise the portable loops of {@link SquaredEuclidean} are used.
 *
 * <p>Why: HotSpot's auto-vectoriser only vectorises the portable kernel one output row at a time,
 * so every coordinate reloads and stores the accumulators; it will not vectorise a loop with
 * several rows' accumulators in it (the loop body is too large to unroll). Here 16 accumulators
 * stay in registers and each coordinate costs 2 vector loads and 8 broadcasts per 16 fused
 * multiply-adds. Measured at d = 784, n = m = 1024 on the development machine: ~19 ms against
 * 33–37 ms for the portable kernel (docs/ot-benchmarks.md).
 */
final class VectorGram {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();
  /** Columns per micro-tile: two vectors. */
  private static final int PANEL = 2 * LANES;
  /** Rows per micro-tile. */
  private static final int ROWS = 8;
  /** Columns packed at a time; a multiple of PANEL (d·COL_TILE floats, 800 KB at d = 784). */
  private static final int COL_TILE = Math.max(PANEL, 256 / PANEL * PANEL);

  private VectorGram() {}

  /** Doubles per vector of the float vectors' shape: 8 when the floats are 16. */
  private static final VectorSpecies<Double> DOUBLES =
      VectorSpecies.of(double.class, SPECIES.vectorShape());

  /**
   * {@link SquaredEuclidean#rowNorms(float[], int, int, float[])} on vectors: each block of 16
   * floats (shifted in float) is widened into two vectors of 8 doubles, which accumulate by fused
   * multiply-adds; the two accumulators are added lane by lane and their lanes summed in order.
   * Used only with 16 float lanes (see {@link SquaredEuclidean#VECTOR_GRAM}), the portable
   * loop's block.
   */
  static float[] rowNorms(float[] x, int rows, int d, float[] shift) {
    float[] norms = new float[rows];
    int block = SquaredEuclidean.NORM_BLOCK;
    for (int i = 0; i < rows; i++) {
      int at = i * d;
      DoubleVector low = DoubleVector.zero(DOUBLES);
      DoubleVector high = low;
      int k = 0;
      for (; k + block <= d; k += block) {
        FloatVector v = FloatVector.fromArray(SPECIES, x, at + k);
        if (shift != null) {
          v = v.sub(FloatVector.fromArray(SPECIES, shift, k));
        }
        DoubleVector lo = (DoubleVector) v.convertShape(VectorOperators.F2D, DOUBLES, 0);
        DoubleVector hi = (DoubleVector) v.convertShape(VectorOperators.F2D, DOUBLES, 1);
        low = lo.fma(lo, low);
        high = hi.fma(hi, high);
      }
      double[] lanes = low.add(high).toArray();
      double s = 0;
      for (double lane : lanes) {
        s += lane;
      }
      for (; k < d; k++) {
        double v = shift == null ? x[at + k] : x[at + k] - shift[k]; // shifted in float
        s += v * v;
      }
      norms[i] = (float) s;
    }
    return norms;
  }

  /** {@link SquaredEuclidean#squaredDistance} on vectors, in the portable loop's order. */
  static double squaredDistance(float[] a, int ai, float[] b, int bj, int d) {
    DoubleVector low = DoubleVector.zero(DOUBLES);
    DoubleVector high = low;
    int block = SquaredEuclidean.NORM_BLOCK;
    int k = 0;
    for (; k + block <= d; k += block) {
      FloatVector x = FloatVector.fromArray(SPECIES, a, ai + k);
      FloatVector y = FloatVector.fromArray(SPECIES, b, bj + k);
      DoubleVector e0 = ((DoubleVector) x.convertShape(VectorOperators.F2D, DOUBLES, 0))
          .sub((DoubleVector) y.convertShape(VectorOperators.F2D, DOUBLES, 0));
      DoubleVector e1 = ((DoubleVector) x.convertShape(VectorOperators.F2D, DOUBLES, 1))
          .sub((DoubleVector) y.convertShape(VectorOperators.F2D, DOUBLES, 1));
      low = e0.fma(e0, low);
      high = e1.fma(e1, high);
    }
    double s = 0;
    for (double lane : low.add(high).toArray()) {
      s += lane;
    }
    for (; k < d; k++) {
      double e = (double) a[ai + k] - b[bj + k];
      s += e * e;
    }
    return s;
  }

  /** Lanes per vector on this machine (16 with AVX-512, 8 with AVX2). */
  static int lanes() {
    return LANES;
  }

  /**
   * Fills c (row-major n×m) from a ([n, d]), b ([m, d]) and their squared row norms na, nb.
   */
  static void fill(float[] a, int n, float[] b, int m, int d, float[] na, float[] nb, float[] c) {
    fill(a, n, null, b, m, null, d, na, nb, c);
  }

  /**
   * As {@link #fill(float[], int, float[], int, int, float[], float[], float[])} for the rows of
   * a − shiftA and b − shiftB (null for no shift; na and nb must be the shifted rows' norms): b is
   * shifted as it is packed, and each 8-row block of a is shifted into a small buffer.
   */
  static void fill(float[] a, int n, float[] shiftA, float[] b, int m, float[] shiftB, int d,
      float[] na, float[] nb, float[] c) {
    int tile = Math.min(COL_TILE, roundUp(m));
    // B packed in panels of PANEL columns, coordinate-major inside a panel, so the micro-kernel
    // reads one contiguous stream; columns past m are zero.
    float[] pack = new float[d * tile];
    float[] normB = new float[tile];
    float[] out = new float[ROWS * PANEL];
    // The n mod 8 rows left over go through the same kernel from a zero-padded copy.
    int full = n / ROWS * ROWS;
    int left = n - full;
    float[] tailRows = new float[ROWS * d];
    float[] tailNorms = new float[ROWS];
    if (shiftA == null) {
      System.arraycopy(a, full * d, tailRows, 0, left * d);
    } else {
      SquaredEuclidean.shiftRows(a, full * d, left, d, shiftA, tailRows);
    }
    float[] blockRows = shiftA == null ? null : new float[ROWS * d];
    System.arraycopy(na, full, tailNorms, 0, left);
    for (int j0 = 0; j0 < m; j0 += tile) {
      int width = Math.min(tile, m - j0);
      int padded = roundUp(width);
      packPanels(b, d, j0, width, padded, pack, shiftB);
      java.util.Arrays.fill(normB, 0f);
      System.arraycopy(nb, j0, normB, 0, width);
      // Row blocks outside, panels inside: the block's 8 rows of a stay in L1 while the packed
      // panels stream from L2 (the other order streams all of a once per panel: ~20% slower).
      for (int i = 0; i < full; i += ROWS) {
        float[] rows = a;
        int first = i * d;
        if (shiftA != null) {
          SquaredEuclidean.shiftRows(a, first, ROWS, d, shiftA, blockRows);
          rows = blockRows;
          first = 0;
        }
        for (int t = 0; t < padded; t += PANEL) {
          tile(rows, first, na, i, ROWS, d, pack, t * d, normB, t, c, i * m + j0 + t, m,
              Math.min(PANEL, width - t), out);
        }
      }
      if (left > 0) {
        for (int t = 0; t < padded; t += PANEL) {
          tile(tailRows, 0, tailNorms, 0, left, d, pack, t * d, normB, t, c, full * m + j0 + t, m,
              Math.min(PANEL, width - t), out);
        }
      }
    }
  }

  private static int roundUp(int columns) {
    return (columns + PANEL - 1) / PANEL * PANEL;
  }

  /**
   * pack[t*d + k*PANEL + w] = b[(j0 + t + w)*d + k] for panels t = 0, PANEL, ...; zero past
   * width.
   */
  private static void packPanels(float[] b, int d, int j0, int width, int padded, float[] pack,
      float[] shift) {
    for (int t = 0; t < padded; t += PANEL) {
      int panel = t * d;
      for (int w = 0; w < PANEL; w++) {
        int column = t + w;
        if (column < width) {
          int bj = (j0 + column) * d;
          for (int k = 0; k < d; k++) {
            pack[panel + k * PANEL + w] = shift == null ? b[bj + k] : b[bj + k] - shift[k];
          }
        } else {
          for (int k = 0; k < d; k++) {
            pack[panel + k * PANEL + w] = 0f;
          }
        }
      }
    }
  }

  /**
   * One 8 × PANEL tile: rows from a[a0], a[a0 + d], ... (8 of them, zero-padded past {@code rows})
   * against the packed panel at pack[p], written to the first {@code rows} rows and {@code count}
   * columns of c from c[at] on (row stride m).
   *
   * <p>The kernel's vector code lives in this method, deliberately large, and in {@link #finish},
   * which only it calls: HotSpot never inlines a method this large into a caller, so the kernel is
   * always compiled on its own with its vector operations turned into instructions. Vector code
   * inlined into a large caller can be left as calls instead, with every operation allocating a
   * box (seen with a smaller vector helper in the solver: ~15× slower in some JVM runs and not in
   * others).
   */
  private static void tile(float[] a, int a0, float[] na, int na0, int rows, int d, float[] pack,
      int p, float[] normB, int t, float[] c, int at, int m, int count, float[] out) {
    FloatVector z = FloatVector.zero(SPECIES);
    FloatVector c00 = z;
    FloatVector c01 = z;
    FloatVector c10 = z;
    FloatVector c11 = z;
    FloatVector c20 = z;
    FloatVector c21 = z;
    FloatVector c30 = z;
    FloatVector c31 = z;
    FloatVector c40 = z;
    FloatVector c41 = z;
    FloatVector c50 = z;
    FloatVector c51 = z;
    FloatVector c60 = z;
    FloatVector c61 = z;
    FloatVector c70 = z;
    FloatVector c71 = z;
    for (int k = 0; k < d; k++) {
      int from = p + k * PANEL;
      FloatVector b0 = FloatVector.fromArray(SPECIES, pack, from);
      FloatVector b1 = FloatVector.fromArray(SPECIES, pack, from + LANES);
      int q = a0 + k;
      FloatVector x = FloatVector.broadcast(SPECIES, a[q]);
      c00 = x.fma(b0, c00);
      c01 = x.fma(b1, c01);
      q += d;
      x = FloatVector.broadcast(SPECIES, a[q]);
      c10 = x.fma(b0, c10);
      c11 = x.fma(b1, c11);
      q += d;
      x = FloatVector.broadcast(SPECIES, a[q]);
      c20 = x.fma(b0, c20);
      c21 = x.fma(b1, c21);
      q += d;
      x = FloatVector.broadcast(SPECIES, a[q]);
      c30 = x.fma(b0, c30);
      c31 = x.fma(b1, c31);
      q += d;
      x = FloatVector.broadcast(SPECIES, a[q]);
      c40 = x.fma(b0, c40);
      c41 = x.fma(b1, c41);
      q += d;
      x = FloatVector.broadcast(SPECIES, a[q]);
      c50 = x.fma(b0, c50);
      c51 = x.fma(b1, c51);
      q += d;
      x = FloatVector.broadcast(SPECIES, a[q]);
      c60 = x.fma(b0, c60);
      c61 = x.fma(b1, c61);
      q += d;
      x = FloatVector.broadcast(SPECIES, a[q]);
      c70 = x.fma(b0, c70);
      c71 = x.fma(b1, c71);
    }
    c00.intoArray(out, 0);
    c01.intoArray(out, LANES);
    c10.intoArray(out, PANEL);
    c11.intoArray(out, PANEL + LANES);
    c20.intoArray(out, 2 * PANEL);
    c21.intoArray(out, 2 * PANEL + LANES);
    c30.intoArray(out, 3 * PANEL);
    c31.intoArray(out, 3 * PANEL + LANES);
    c40.intoArray(out, 4 * PANEL);
    c41.intoArray(out, 4 * PANEL + LANES);
    c50.intoArray(out, 5 * PANEL);
    c51.intoArray(out, 5 * PANEL + LANES);
    c60.intoArray(out, 6 * PANEL);
    c61.intoArray(out, 6 * PANEL + LANES);
    c70.intoArray(out, 7 * PANEL);
    c71.intoArray(out, 7 * PANEL + LANES);
    finish(out, rows, count, na, na0, normB, t, c, at, m);
  }

  /**
   * c[at + r·m + w] = max(0, na[na0 + r] + normB[t + w] − 2·out[r·PANEL + w]) for the tile's rows
   * and columns: the same operations in the same order as the portable kernel's finish, so both
   * give the same bits. Rounding can push the distance of (near-)equal points below zero;
   * distances are not. Called only from {@link #tile}, so it can only be inlined there.
   */
  private static void finish(float[] out, int rows, int count, float[] na, int na0, float[] normB,
      int t, float[] c, int at, int m) {
    for (int r = 0; r < rows; r++) {
      float normA = na[na0 + r];
      int row = at + r * m;
      int dots = r * PANEL;
      if (count == PANEL) {
        for (int h = 0; h < PANEL; h += LANES) {
          FloatVector nb = FloatVector.fromArray(SPECIES, normB, t + h);
          FloatVector dot = FloatVector.fromArray(SPECIES, out, dots + h);
          nb.add(normA).sub(dot.mul(2f)).lanewise(VectorOperators.MAX, 0f).intoArray(c, row + h);
        }
      } else {
        for (int w = 0; w < count; w++) {
          c[row + w] = Math.max(0f, normA + normB[t + w] - 2f * out[dots + w]);
        }
      }
    }
  }
}
