package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.ot.assignment.EuclideanAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.plan.IndexPairs;
import io.flowbridge.ot.validation.Checks;

/**
 * Checks and costs shared by the couplings: every failure is a {@link FlowbridgeException} whose
 * message starts with the coupling's key and names the batch at fault.
 */
final class Minibatch {
  private Minibatch() {}

  /** Requires equal batch sizes (couplings that return a permutation). */
  static void requireEqualSizes(String key, Points source, Points target) {
    if (source.count() != target.count()) {
      throw new FlowbridgeException(key + ": needs equal source and target batch sizes, got n="
          + source.count() + ", m=" + target.count());
    }
  }

  /** Requires non-empty batches of one dimension. */
  static void requireComparable(String key, Points source, Points target) {
    if (source.dim() != target.dim()) {
      throw new FlowbridgeException(key + ": source points have dimension " + source.dim()
          + " but target points have dimension " + target.dim());
    }
    if (source.count() == 0 || target.count() == 0) {
      throw new FlowbridgeException(key + ": cannot pair an empty minibatch (n=" + source.count()
          + ", m=" + target.count() + ")");
    }
  }

  /** Requires finite coordinates; the message names the batch and the flat index. */
  static void requireFinite(String key, Points source, Points target) {
    try {
      Checks.finite("source", source.values());
      Checks.finite("target", target.values());
    } catch (IllegalArgumentException e) {
      throw new FlowbridgeException(key + ": cannot pair the batch: " + e.getMessage()
          + " (values are row-major [count, dim] with dim = " + source.dim() + ")", e);
    }
  }

  /** The n×m squared-Euclidean cost matrix ‖x0_i − x1_j‖² (MATH.md §3), row-major. */
  static float[] cost(String key, Points source, Points target) {
    requireComparable(key, source, target);
    requireFinite(key, source, target);
    return SquaredEuclidean.matrix(source.values(), source.count(), target.values(), target.count(), source.dim());
  }

  /**
   * The permutation σ minimising Σ_i ‖x0_i − x1_σ(i)‖² for equal batch sizes, found on the centred
   * clouds ({@link EuclideanAssignment}): translating either cloud only adds row and column
   * constants to the costs, so σ is the same, but on clouds whose means differ (data not centred
   * at the noise's mean, or one class of it) the solver's start is far better. Measured with
   * {@code ClusteredCouplingBenchmark} (docs/ot-benchmarks.md).
   */
  static int[] assignment(String key, Points source, Points target) {
    requireComparable(key, source, target);
    requireEqualSizes(key, source, target);
    requireFinite(key, source, target);
    return EuclideanAssignment.pairing(
        source.values(), target.values(), source.count(), source.dim());
  }

  /**
   * The cost widened to double, divided by its maximum when {@code normalize} (the reference
   * implementation's {@code M / M.max()}; a zero matrix, all points equal, is left as is).
   */
  static double[] widen(float[] cost, boolean normalize) {
    double scale = 1;
    if (normalize) {
      float max = 0;
      for (float c : cost) {
        max = Math.max(max, c);
      }
      if (max > 0) {
        scale = 1.0 / max;
      }
    }
    double[] out = new double[cost.length];
    for (int e = 0; e < cost.length; e++) {
      out[e] = cost[e] * scale;
    }
    return out;
  }

  static Pairing toPairing(IndexPairs pairs) {
    return new Pairing(pairs.rows(), pairs.cols());
  }
}
