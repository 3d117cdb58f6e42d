package io.flowbridge.ot.cost;

import io.flowbridge.ot.validation.Checks;

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

  /** Columns of C per tile: a tile row (1 KB) stays in L1 while the k loop updates it. */
  private static final int COL_TILE = 256;

  /** Coordinates per tile: COL_TILE × K_TILE floats of bᵀ (128 KB) stay in L2 across all rows. */
  private static final int K_TILE = 128;

  private SquaredEuclidean() {}

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
    Checks.atLeast("n", n, 0);
    Checks.atLeast("m", m, 0);
    Checks.atLeast("d", d, 1);
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.length("a", a.length, n, d, "n*d");
    Checks.length("b", b.length, m, d, "m*d");
    if ((long) n * m > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "n*m = " + (long) n * m + " cost entries do not fit in one Java array");
    }
    Checks.finite("a", a);
    Checks.finite("b", b);
    float[] c = new float[n * m];
    if (n == 0 || m == 0) {
      return c;
    }
    if (d == 2) {
      plane(a, n, b, m, c);
    } else if (d < GRAM_MIN_DIM) {
      direct(a, n, b, m, d, c);
    } else {
      gram(a, n, b, m, d, c);
    }
    return c;
  }

  /** d = 2, the common case of 2D toy data: b split into x and y columns so the j loop vectorises. */
  private static void plane(float[] a, int n, float[] b, int m, float[] c) {
    float[] bx = new float[m];
    float[] by = new float[m];
    for (int j = 0; j < m; j++) {
      bx[j] = b[2 * j];
      by[j] = b[2 * j + 1];
    }
    for (int i = 0; i < n; i++) {
      float ax = a[2 * i];
      float ay = a[2 * i + 1];
      int row = i * m;
      for (int j = 0; j < m; j++) {
        float dx = ax - bx[j];
        float dy = ay - by[j];
        c[row + j] = dx * dx + dy * dy;
      }
    }
  }

  /** Small d: accumulate (a_ik − b_jk)² coordinate by coordinate over a transposed b. */
  private static void direct(float[] a, int n, float[] b, int m, int d, float[] c) {
    float[][] bt = transpose(b, m, d);
    for (int i = 0; i < n; i++) {
      int row = i * m;
      for (int k = 0; k < d; k++) {
        float aik = a[i * d + k];
        float[] bk = bt[k];
        for (int j = 0; j < m; j++) {
          float diff = aik - bk[j];
          c[row + j] += diff * diff;
        }
      }
    }
  }

  /**
   * Large d: C = ‖a‖² + ‖b‖² − 2·A·Bᵀ. The product is tiled (columns × coordinates) and its inner
   * loop is a contiguous axpy over four coordinates at once, a shape HotSpot's superword pass turns
   * into SIMD code; four coordinates per pass cut the loads and stores of C four-fold.
   */
  private static void gram(float[] a, int n, float[] b, int m, int d, float[] c) {
    float[][] bt = transpose(b, m, d);
    for (int j0 = 0; j0 < m; j0 += COL_TILE) {
      int j1 = Math.min(m, j0 + COL_TILE);
      for (int k0 = 0; k0 < d; k0 += K_TILE) {
        int k1 = Math.min(d, k0 + K_TILE);
        for (int i = 0; i < n; i++) {
          accumulateDots(a, i * d, bt, k0, k1, c, i * m, j0, j1);
        }
      }
    }
    float[] na = rowNorms(a, n, d);
    float[] nb = rowNorms(b, m, d);
    for (int i = 0; i < n; i++) {
      int row = i * m;
      float ni = na[i];
      for (int j = 0; j < m; j++) {
        // Rounding can push the distance of (near-)equal points below zero; distances are not.
        c[row + j] = Math.max(0f, ni + nb[j] - 2f * c[row + j]);
      }
    }
  }

  /** c[row + j] += Σ_{k0 ≤ k < k1} a[ai + k] · bt[k][j] for j0 ≤ j < j1. */
  private static void accumulateDots(
      float[] a, int ai, float[][] bt, int k0, int k1, float[] c, int row, int j0, int j1) {
    int k = k0;
    for (; k + 4 <= k1; k += 4) {
      float s0 = a[ai + k];
      float s1 = a[ai + k + 1];
      float s2 = a[ai + k + 2];
      float s3 = a[ai + k + 3];
      float[] b0 = bt[k];
      float[] b1 = bt[k + 1];
      float[] b2 = bt[k + 2];
      float[] b3 = bt[k + 3];
      for (int j = j0; j < j1; j++) {
        c[row + j] += s0 * b0[j] + s1 * b1[j] + s2 * b2[j] + s3 * b3[j];
      }
    }
    for (; k < k1; k++) {
      float s = a[ai + k];
      float[] bk = bt[k];
      for (int j = j0; j < j1; j++) {
        c[row + j] += s * bk[j];
      }
    }
  }

  private static float[] rowNorms(float[] x, int rows, int d) {
    float[] norms = new float[rows];
    for (int i = 0; i < rows; i++) {
      // Double accumulation: the norms are O(n) work and their error feeds every entry of a row.
      double s = 0;
      for (int k = 0; k < d; k++) {
        double v = x[i * d + k];
        s += v * v;
      }
      norms[i] = (float) s;
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
