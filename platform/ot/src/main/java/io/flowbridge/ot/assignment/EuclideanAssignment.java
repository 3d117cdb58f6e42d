package io.flowbridge.ot.assignment;

import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.validation.Checks;

/**
 * Exact assignment between two point sets under squared Euclidean cost, the pairing behind
 * exact-OT couplings and W2: min over permutations σ of Σ_i ‖a_i − b_σ(i)‖².
 *
 * <p>Prefer this to building the cost matrix yourself when the clouds can be far apart (noise
 * versus data in flow matching). Moving either cloud only adds per-row and per-column constants
 * to ‖a_i − b_j‖², which leave the optimal σ unchanged, so both clouds are centred on their means
 * first. Measured at n = 1024 (d = 2, N(0, I) against N(0, I) shifted by 5 along x): ~1.6 s on
 * the raw matrix, ~20 ms centred. The reported cost is summed in double from the original points.
 */
public final class EuclideanAssignment {
  private EuclideanAssignment() {}

  /**
   * Pairs row i of {@code a} with row {@code rowToColumn[i]} of {@code b} (both row-major
   * {@code [n, d]}) minimising Σ_i ‖a_i − b_σ(i)‖²; {@code cost} is that sum for the original
   * points.
   *
   * @throws IllegalArgumentException if n &lt; 0, d &lt; 1, an array does not hold n*d values or
   *     holds NaN or infinity
   */
  public static Assignment solve(float[] a, float[] b, int n, int d) {
    int[] sigma = pairing(a, b, n, d);
    return new Assignment(sigma, pairedCost(a, b, sigma, n, d));
  }

  /**
   * The optimal pairing of {@link #solve} alone, rowToColumn without the cost: what couplings
   * need. The cost is a pass over both clouds in double, ~13% of the whole at d = 784, n = 256.
   *
   * @throws IllegalArgumentException as {@link #solve} does
   */
  public static int[] pairing(float[] a, float[] b, int n, int d) {
    Checks.atLeast("n", n, 0);
    Checks.atLeast("d", d, 1);
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.length("a", a.length, n, d, "n*d");
    Checks.length("b", b.length, n, d, "n*d");
    // The mean points; their sums check the points too (a NaN or infinity shows in its
    // coordinate's sum).
    float[] meanA = mean("a", a, n, d);
    float[] meanB = mean("b", b, n, d);
    // Coordinates within ±sqrt(FLT_MAX / 4d) cannot overflow any squared distance, so the matrix
    // is finite and needs no n² check; beyond that (never for real data) the checked path says
    // which entry overflowed.
    double limit = Math.sqrt(Float.MAX_VALUE / (4.0 * d));
    int[] rowOrder = null;
    int[] visit = null;
    float[] cost;
    boolean safe;
    if (d <= SpatialOrder.MAX_D && n > LinearAssignment.DENSE_MAX_N) {
      // Low-dimensional rows go to the sparse solver sorted in space (see SpatialOrder), from
      // centred copies; `visit` lists the sorted rows in their original order. The largest
      // coordinate (2nd values) is a shorter check than the n² matrix here. The dense vectorised
      // solver chains nothing from row to row and takes its bidders in the original order
      // anyway, so it gets the rows unsorted: the sort was ~3% of its whole solve at n = 256.
      if (!VectorJonkerVolgenant.suits(n)) {
        rowOrder = SpatialOrder.of(a, n, d); // a translation changes only the bounding box
        visit = new int[n];
        for (int t = 0; t < n; t++) {
          visit[rowOrder[t]] = t;
        }
      }
      float[] ca = SpatialOrder.permuted(a, rowOrder, d, meanA);
      float[] cb = SpatialOrder.permuted(b, null, d, meanB);
      cost = CostBuffer.take(n);
      SquaredEuclidean.fill(ca, n, null, cb, n, null, d, cost);
      safe = Math.max(maxAbs(ca), maxAbs(cb)) <= limit;
    } else {
      // The centred matrix without centred copies (for d ≥ 16 the Gram kernel shifts the points
      // as it packs them); the matrix check is cheap next to its O(n²d) work.
      cost = CostBuffer.take(n);
      SquaredEuclidean.fill(a, n, meanA, b, n, meanB, d, cost);
      safe = false;
    }
    int[] sigma;
    if (!safe) {
      try {
        Checks.finite("cost", cost);
      } catch (IllegalArgumentException e) {
        float largest = Math.max(maxAbs(a, meanA, d), maxAbs(b, meanB, d));
        throw new IllegalArgumentException("squared distances overflow float: centred coordinates reach "
            + largest + ", beyond ±" + (float) limit + " for d = " + d + " (" + e.getMessage()
            + "); rescale the points", e);
      }
    }
    sigma = LinearAssignment.solveFinite(cost, n, visit);
    if (rowOrder != null) {
      int[] original = new int[n];
      for (int t = 0; t < n; t++) {
        original[rowOrder[t]] = sigma[t];
      }
      sigma = original;
    }
    return sigma;
  }

  /**
   * Σ_i ‖a_i − b_σ(i)‖² in double from the original points, each row's distance from
   * {@link SquaredEuclidean#squaredDistance} (vectorised: at d = 784, n = 256 this pass took
   * ~0.5–0.75 ms in four scalar chains, a fifth of the solve; now ~0.07 ms).
   */
  private static double pairedCost(float[] a, float[] b, int[] sigma, int n, int d) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += SquaredEuclidean.squaredDistance(a, i, b, sigma[i], d);
    }
    return total;
  }

  private static float maxAbs(float[] x) {
    float m = 0;
    for (float v : x) {
      float a = Math.abs(v);
      m = a > m ? a : m;
    }
    return m;
  }

  /** The largest |x_ik − shift_k|, for the error message only. */
  private static float maxAbs(float[] x, float[] shift, int d) {
    float m = 0;
    for (int i = 0; i < x.length; i++) {
      m = Math.max(m, Math.abs(x[i] - shift[i % d]));
    }
    return m;
  }

  /**
   * The mean point of x ([n, d]); throws, naming the entry, if x holds NaN or infinity. Any
   * translation leaves the optimal pairing unchanged, so the mean only has to be roughly right:
   * it is summed in float over zero-based row copies, which HotSpot vectorises (in double for a
   * coordinate whose float sum overflows). A non-finite point makes its coordinate's sum
   * non-finite, so the sums double as the input check. (Checking, summing in double and
   * subtracting into centred copies as separate passes took ~0.4 ms per 256 × 784 cloud, a
   * quarter of the time of the cost matrix itself; the copies are now made only for d ≤ 3.)
   */
  static float[] mean(String name, float[] x, int n, int d) {
    float[] mean = new float[d];
    float[] row = new float[d];
    for (int i = 0; i < n; i++) {
      // A zero-based copy: HotSpot vectorises loops whose arrays share one index.
      System.arraycopy(x, i * d, row, 0, d);
      for (int k = 0; k < d; k++) {
        mean[k] += row[k];
      }
    }
    float scale = 1f / Math.max(n, 1);
    for (int k = 0; k < d; k++) {
      float sum = mean[k];
      if (sum - sum != 0f) {
        // NaN or infinity in the points (this throws, naming it), or a float overflow of the sum.
        Checks.finite(name, x);
        double wide = 0;
        for (int i = 0; i < n; i++) {
          wide += x[i * d + k];
        }
        mean[k] = (float) (wide / n);
      } else {
        mean[k] = sum * scale;
      }
    }
    return mean;
  }
}
