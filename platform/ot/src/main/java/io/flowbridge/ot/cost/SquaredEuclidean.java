package io.flowbridge.ot.cost;

import io.flowbridge.ot.validation.Checks;
import io.flowbridge.ot.vector.VectorApi;

/**
 * Dense squared-Euclidean cost matrices {@code C[i*m + j] = ‖a_i − b_j‖²} between two row-major
 * point sets, the cost every OT coupling and the W2 metric are defined on.
 */
public final class SquaredEuclidean {
  /**
   * From this dimension on the Gram form ‖a‖² + ‖b‖² − 2a·b is used: below it the direct
   * difference loop is already cheap and avoids the Gram form's cancellation error.
   */
  static final int GRAM_MIN_DIM = 16;

  /** Columns per tile of the Gram product (2 KB per accumulator row). */
  private static final int COL_TILE = 512;

  /** Coordinates per pass: K_TILE packed rows of COL_TILE floats (32 KB) stay in L1. */
  private static final int K_TILE = 16;

  /** Rows per block: their accumulators (128 KB) stay in L2 while the pack streams through L1. */
  private static final int ROW_TILE = 64;

  /**
   * Whether the JIT compiles {@link Math#fma} to a hardware instruction (HotSpot's {@code UseFMA}).
   * Without it Math.fma falls back to exact arithmetic in software, orders of magnitude slower, so
   * the Gram product then keeps separate multiplies and adds; also when the flag cannot be read.
   */
  static final boolean FUSED_MULTIPLY_ADD = hardwareFma();

  /**
   * Whether the Gram form runs on {@link VectorGram}, the Vector API kernel (1.6–3.3× faster, ~2×
   * at d = 784): only when the JVM was started with {@code --add-modules jdk.incubator.vector}
   * (the {@code flowbridge} launcher, the test and benchmark builds do), the hardware has FMA and
   * 512-bit vectors (AVX-512), and {@code -Dflowbridge.ot.vector=false} is not set. Both kernels
   * compute the same fused multiply-adds in the same order, so they give the same matrix bit for
   * bit.
   */
  static final boolean VECTOR_GRAM = vectorGram();

  private SquaredEuclidean() {}

  private static boolean vectorGram() {
    if (!FUSED_MULTIPLY_ADD || !VectorApi.usable()) {
      return false;
    }
    try {
      // 16 float lanes means 512-bit vectors, and on x86 32 vector registers: the kernel's 16
      // accumulators plus operands fit. With AVX2 (8 lanes, 16 registers) they spill, and it
      // measured no faster at d = 784, n = 256 and 25% slower at n = 1024 than the portable loops.
      return VectorGram.lanes() >= 16;
    } catch (LinkageError e) {
      return false;
    }
  }

  private static boolean hardwareFma() {
    try {
      return Boolean.parseBoolean(java.lang.management.ManagementFactory
          .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .getVMOption("UseFMA").getValue());
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /**
   * Returns the row-major n×m matrix of squared distances between the rows of {@code a}
   * ({@code [n, d]}, row-major) and the rows of {@code b} ({@code [m, d]}, row-major).
   *
   * <p>Entries are exact up to float rounding for {@code d < 16}; for larger d they come from the
   * Gram form and carry an absolute error of order {@code 1e-7·(‖a_i‖² + ‖b_j‖²)}, never negative.
   *
   * @throws IllegalArgumentException if a size is negative, d &lt; 1, an array has the wrong length
   *     or holds NaN or infinity
   */
  public static float[] matrix(float[] a, int n, float[] b, int m, int d) {
    return build(a, n, null, b, m, null, d, null);
  }

  /**
   * The matrix of {@link #matrix(float[], int, float[], int, int)} for the shifted clouds
   * a − shiftA and b − shiftB (each a point of d coordinates subtracted from every row), without
   * building them: the same bits as shifting each coordinate in float and calling
   * {@code matrix} on the copies. For d ≥ 16 the shifts are applied where the Gram kernel copies
   * its operands anyway, so centring two 256 × 784 clouds costs no extra pass over memory.
   *
   * @throws IllegalArgumentException as {@code matrix} does, and if a shift does not hold d values
   */
  public static float[] matrix(float[] a, int n, float[] shiftA, float[] b, int m, float[] shiftB,
      int d) {
    Checks.notNull("shiftA", shiftA);
    Checks.notNull("shiftB", shiftB);
    return build(a, n, shiftA, b, m, shiftB, d, null);
  }

  /**
   * The matrix of {@link #matrix(float[], int, float[], float[], int, float[], int)} written into
   * {@code out} (n·m values, every one overwritten), for callers that reuse one buffer across many
   * same-sized problems: a fresh 256 KB matrix per minibatch is cold memory each time, and reusing
   * it measured 5–8% faster on whole n = 256 assignments. Shifts may be null for none.
   *
   * @throws IllegalArgumentException as {@code matrix} does, and if out does not hold n·m values
   */
  public static void fill(float[] a, int n, float[] shiftA, float[] b, int m, float[] shiftB,
      int d, float[] out) {
    Checks.notNull("out", out);
    Checks.length("out", out.length, Math.max(n, 0), Math.max(m, 0), "n*m");
    build(a, n, shiftA, b, m, shiftB, d, out);
  }

  /** All overloads: shifts are null for none; out is null for a new matrix. */
  private static float[] build(float[] a, int n, float[] shiftA, float[] b, int m, float[] shiftB,
      int d, float[] out) {
    Checks.atLeast("n", n, 0);
    Checks.atLeast("m", m, 0);
    Checks.atLeast("d", d, 1);
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.length("a", a.length, n, d, "n*d");
    Checks.length("b", b.length, m, d, "m*d");
    if (shiftA != null) {
      Checks.length("shiftA", shiftA.length, 1, d, "d");
    }
    if (shiftB != null) {
      Checks.length("shiftB", shiftB.length, 1, d, "d");
    }
    if ((shiftA == null) != (shiftB == null)) {
      // One shift alone would need its own paths; no caller wants it.
      throw new IllegalArgumentException("shiftA and shiftB must both be given or both be null");
    }
    if ((long) n * m > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "n*m = " + (long) n * m + " cost entries do not fit in one Java array");
    }
    float[] c = out != null ? out : new float[n * m];
    if (d >= GRAM_MIN_DIM && n > 0 && m > 0) {
      // The Gram kernels apply the shifts as they copy their operands, and check the points
      // through their norms.
      gram(a, n, shiftA, b, m, shiftB, d, c);
      return c;
    }
    if (shiftA != null) {
      a = shifted(a, n, d, shiftA);
      b = shifted(b, m, d, shiftB);
    }
    Checks.finite("a", a);
    Checks.finite("b", b);
    if (n == 0 || m == 0) {
      return c;
    }
    if (d == 2) {
      plane(a, n, b, m, c);
    } else {
      direct(a, n, b, m, d, c);
    }
    return c;
  }

  /** x − shift row by row, as a new array. */
  private static float[] shifted(float[] x, int rows, int d, float[] shift) {
    float[] out = new float[x.length];
    shiftRows(x, 0, rows, d, shift, out);
    return out;
  }

  /**
   * d = 2, the common case of 2D toy data: b split into x and y columns, each row computed into a
   * zero-based buffer (same index for every array, so the loop vectorises) and then copied out.
   */
  private static void plane(float[] a, int n, float[] b, int m, float[] c) {
    float[] bx = new float[m];
    float[] by = new float[m];
    for (int j = 0; j < m; j++) {
      bx[j] = b[2 * j];
      by[j] = b[2 * j + 1];
    }
    float[] out = new float[m];
    for (int i = 0; i < n; i++) {
      float ax = a[2 * i];
      float ay = a[2 * i + 1];
      for (int j = 0; j < m; j++) {
        float dx = ax - bx[j];
        float dy = ay - by[j];
        out[j] = dx * dx + dy * dy;
      }
      System.arraycopy(out, 0, c, i * m, m);
    }
  }

  /** Small d: accumulate (a_ik − b_jk)² coordinate by coordinate over a transposed b. */
  private static void direct(float[] a, int n, float[] b, int m, int d, float[] c) {
    float[][] bt = transpose(b, m, d);
    float[] out = new float[m];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(out, 0f);
      for (int k = 0; k < d; k++) {
        float aik = a[i * d + k];
        float[] bk = bt[k];
        for (int j = 0; j < m; j++) {
          float diff = aik - bk[j];
          out[j] += diff * diff;
        }
      }
      System.arraycopy(out, 0, c, i * m, m);
    }
  }

  /**
   * Large d: C = ‖a‖² + ‖b‖² − 2·A·Bᵀ, the product on {@link VectorGram} when available (see
   * {@link #VECTOR_GRAM}), else on {@link #portableGram}.
   */
  private static void gram(float[] a, int n, float[] shiftA, float[] b, int m, float[] shiftB,
      int d, float[] c) {
    // A norm is finite exactly when its row is (squares of finite floats cannot overflow a double
    // sum), so the norms replace a separate finiteness pass over the points (~10% of the matrix at
    // n = 256, d = 784); only a non-finite norm sends its set through the check that names the
    // entry. (A norm can also be +Infinity for finite entries beyond ~1.8e19: then nothing throws,
    // and those distances are +Infinity, as before.)
    float[] na = rowNorms(a, n, d, shiftA);
    if (!allFinite(na)) {
      Checks.finite("a", a);
    }
    float[] nb = rowNorms(b, m, d, shiftB);
    if (!allFinite(nb)) {
      Checks.finite("b", b);
    }
    if (VECTOR_GRAM) {
      VectorGram.fill(a, n, shiftA, b, m, shiftB, d, na, nb, c);
    } else {
      portableGram(a, n, shiftA, b, m, shiftB, d, na, nb, c);
    }
  }

  /**
   * The Gram form with loops HotSpot auto-vectorises, the product blocked like a GEMM. For a tile
   * of COL_TILE columns, b is packed transposed (pack[k][t] = b[j0 + t][k]); for a block of
   * ROW_TILE rows the dot products accumulate in zero-based buffers acc[r][t], K_TILE coordinates
   * at a time so the K_TILE pack rows in use (32 KB) stay in L1 across the whole row block.
   *
   * <p>Why the zero-based buffers: when every array in the inner loop is indexed by the same t,
   * HotSpot's superword pass vectorises it; an offset store such as c[row + j] defeats it, since
   * C2 cannot rule out aliasing with the loads. Four coordinates per pass cut the accumulator
   * loads and stores four-fold.
   *
   * <p>Shifts (null for none) are subtracted as b is packed and as each block of a is copied to a
   * block buffer; the norms must be those of the shifted rows.
   */
  static void portableGram(float[] a, int n, float[] shiftA, float[] b, int m, float[] shiftB,
      int d, float[] na, float[] nb, float[] c) {
    float[][] pack = new float[d][COL_TILE];
    float[][] acc = new float[Math.min(n, ROW_TILE)][COL_TILE];
    float[] block = shiftA == null ? null : new float[Math.min(n, ROW_TILE) * d];
    for (int j0 = 0; j0 < m; j0 += COL_TILE) {
      int width = Math.min(COL_TILE, m - j0);
      for (int t = 0; t < width; t++) {
        int bj = (j0 + t) * d;
        for (int k = 0; k < d; k++) {
          pack[k][t] = shiftB == null ? b[bj + k] : b[bj + k] - shiftB[k];
        }
      }
      for (int i0 = 0; i0 < n; i0 += ROW_TILE) {
        int rows = Math.min(ROW_TILE, n - i0);
        for (int r = 0; r < rows; r++) {
          java.util.Arrays.fill(acc[r], 0f);
        }
        float[] rowsOfA = a;
        int first = i0 * d;
        if (shiftA != null) {
          shiftRows(a, first, rows, d, shiftA, block);
          rowsOfA = block;
          first = 0;
        }
        for (int k0 = 0; k0 < d; k0 += K_TILE) {
          int k1 = Math.min(d, k0 + K_TILE);
          for (int r = 0; r < rows; r++) {
            accumulateDots(rowsOfA, first + r * d, pack, k0, k1, width, acc[r]);
          }
        }
        for (int r = 0; r < rows; r++) {
          finish(c, (i0 + r) * m + j0, na[i0 + r], nb, j0, width, acc[r]);
        }
      }
    }
  }

  /**
   * acc[t] += Σ_{k0 ≤ k &lt; k1} a[ai + k] · pack[k][t] for t &lt; width. With hardware FMA the
   * four products are fused into the accumulator: one instruction per product instead of two,
   * 15–22% faster at d = 784 (n = 256 and 1024, see docs/ot-benchmarks.md) and one rounding
   * instead of two.
   */
  private static void accumulateDots(
      float[] a, int ai, float[][] pack, int k0, int k1, int width, float[] acc) {
    int k = k0;
    for (; k + 4 <= k1; k += 4) {
      float x0 = a[ai + k];
      float x1 = a[ai + k + 1];
      float x2 = a[ai + k + 2];
      float x3 = a[ai + k + 3];
      float[] p0 = pack[k];
      float[] p1 = pack[k + 1];
      float[] p2 = pack[k + 2];
      float[] p3 = pack[k + 3];
      if (FUSED_MULTIPLY_ADD) {
        for (int t = 0; t < width; t++) {
          acc[t] = Math.fma(x3, p3[t],
              Math.fma(x2, p2[t], Math.fma(x1, p1[t], Math.fma(x0, p0[t], acc[t]))));
        }
      } else {
        for (int t = 0; t < width; t++) {
          acc[t] += x0 * p0[t] + x1 * p1[t] + x2 * p2[t] + x3 * p3[t];
        }
      }
    }
    for (; k < k1; k++) {
      float x = a[ai + k];
      float[] p = pack[k];
      if (FUSED_MULTIPLY_ADD) {
        for (int t = 0; t < width; t++) {
          acc[t] = Math.fma(x, p[t], acc[t]);
        }
      } else {
        for (int t = 0; t < width; t++) {
          acc[t] += x * p[t];
        }
      }
    }
  }

  /** c[at + t] = max(0, ‖a_i‖² + ‖b_{j0+t}‖² − 2·dot[t]). */
  private static void finish(float[] c, int at, float normA, float[] nb, int j0, int width,
      float[] dot) {
    for (int t = 0; t < width; t++) {
      // Rounding can push the distance of (near-)equal points below zero; distances are not.
      c[at + t] = Math.max(0f, normA + nb[j0 + t] - 2f * dot[t]);
    }
  }

  /** out[r·d + k] = x[from + r·d + k] − shift[k] for r &lt; rows. */
  static void shiftRows(float[] x, int from, int rows, int d, float[] shift, float[] out) {
    for (int r = 0; r < rows; r++) {
      int base = from + r * d;
      int to = r * d;
      for (int k = 0; k < d; k++) {
        out[to + k] = x[base + k] - shift[k];
      }
    }
  }

  private static boolean allFinite(float[] x) {
    float sum = 0;
    for (float v : x) {
      sum += v - v; // 0 for finite v, NaN otherwise
    }
    return sum == 0;
  }

  static float[] rowNorms(float[] x, int rows, int d) {
    return rowNorms(x, rows, d, null);
  }

  /**
   * ‖a_i − b_j‖² in double for row i of a and row j of b ({@code [*, d]}, row-major): each
   * coordinate's difference is exact in double, and the squares are summed in the order of
   * {@link #rowNorms} (16 accumulators, then in order), on the Vector API when it runs the cost
   * kernel, with the same bits either way (with hardware FMA). No checks: for summing the cost of
   * a known pairing. 0.07 against 0.48 ms for the 256 pairs of a d = 784 pairing.
   */
  public static double squaredDistance(float[] a, int i, float[] b, int j, int d) {
    return VECTOR_GRAM && d >= NORM_BLOCK ? VectorGram.squaredDistance(a, i * d, b, j * d, d)
        : portableSquaredDistance(a, i * d, b, j * d, d);
  }

  static double portableSquaredDistance(float[] a, int ai, float[] b, int bj, int d) {
    int k = 0;
    double s = 0;
    if (d >= NORM_BLOCK) {
      double[] acc = new double[NORM_BLOCK];
      for (; k + NORM_BLOCK <= d; k += NORM_BLOCK) {
        for (int l = 0; l < NORM_BLOCK; l++) {
          double e = (double) a[ai + k + l] - b[bj + k + l];
          acc[l] = FUSED_MULTIPLY_ADD ? Math.fma(e, e, acc[l]) : e * e + acc[l];
        }
      }
      for (int l = 0; l < NORM_BLOCK / 2; l++) {
        s += acc[l] + acc[l + NORM_BLOCK / 2];
      }
    }
    for (; k < d; k++) {
      double e = (double) a[ai + k] - b[bj + k];
      s += e * e;
    }
    return s;
  }

  /** Coordinates per block of the norms' summation order: one 512-bit float vector. */
  static final int NORM_BLOCK = 16;

  /**
   * Squared norms of the rows of x − shift (shift null for none), shifted in float, summed in
   * double: the norms are O(n) work and their error feeds every entry of a row. The sum keeps 16
   * accumulators, coordinate k going to accumulator k mod 16 by a fused multiply-add; then
   * accumulators l and l + 8 are added, the eight results summed in order, and the d mod 16 last
   * coordinates added one by one. That is the order in which {@link VectorGram#rowNorms} sums
   * 16 floats widened into two vectors of 8 doubles, so both give the same bits (with hardware
   * FMA). Vectorised it is ~5× faster than the four scalar chains it replaces (d = 784, 256 rows:
   * 0.046 against 0.22 ms), which at n = 256 were a tenth of the cost matrix.
   */
  static float[] rowNorms(float[] x, int rows, int d, float[] shift) {
    return VECTOR_GRAM ? VectorGram.rowNorms(x, rows, d, shift)
        : portableRowNorms(x, rows, d, shift);
  }

  static float[] portableRowNorms(float[] x, int rows, int d, float[] shift) {
    float[] norms = new float[rows];
    float[] shiftedRow = shift == null ? null : new float[d];
    // ‖row‖² as the squared distance to the origin: v − 0 is exact in double, so the sum is the
    // same as summing v², in the order both kernels share.
    float[] origin = new float[d];
    for (int i = 0; i < rows; i++) {
      float[] row = x;
      int at = i * d;
      if (shift != null) {
        shiftRows(x, at, 1, d, shift, shiftedRow);
        row = shiftedRow;
        at = 0;
      }
      norms[i] = (float) portableSquaredDistance(row, at, origin, 0, d);
    }
    return norms;
  }



  private static float[][] transpose(float[] x, int rows, int d) {
    float[][] t = new float[d][rows];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < d; k++) {
        t[k][i] = x[i * d + k];
      }
    }
    return t;
  }
}
