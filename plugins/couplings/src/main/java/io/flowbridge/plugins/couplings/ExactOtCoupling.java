package io.flowbridge.plugins.couplings;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.ot.assignment.Assignment;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.random.RandomGenerator;

/**
 * The exact optimal-transport coupling of MATH.md §3 (OT-CFM): with uniform weights and n = m
 * the optimal plan for the cost {@code C_ij = ‖x0_i − x1_j‖²} is a permutation σ, found by
 * linear assignment; {@code x0_i} is paired with {@code x1_σ(i)}. Deterministic: it draws
 * nothing from the random generator.
 */
public final class ExactOtCoupling implements Coupling {
  public ExactOtCoupling(NoOptions options) {}

  @Override
  public Pairing pair(Points source, Points target, RandomGenerator random) {
    int n = source.count();
    int m = target.count();
    if (n != m) {
      // The transport LP with plan sampling (MATH.md §3) is not implemented yet.
      throw new FlowbridgeException(
          "exact-ot: needs equal source and target batch sizes, got n=" + n + ", m=" + m);
    }
    if (source.dim() != target.dim()) {
      throw new FlowbridgeException("exact-ot: source points have dimension " + source.dim()
          + " but target points have dimension " + target.dim());
    }
    Assignment assignment;
    try {
      float[] cost = SquaredEuclidean.matrix(source.values(), n, target.values(), m, source.dim());
      assignment = LinearAssignment.solve(cost, n);
    } catch (IllegalArgumentException e) {
      // The OT library rejects non-finite points and costs; name the coupling instead of failing deep inside.
      throw new FlowbridgeException("exact-ot: cannot pair the batch: " + e.getMessage(), e);
    }
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    return new Pairing(rows, assignment.rowToColumn());
  }
}
