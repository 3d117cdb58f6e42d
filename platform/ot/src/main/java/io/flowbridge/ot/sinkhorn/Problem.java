package io.flowbridge.ot.sinkhorn;

import io.flowbridge.ot.plan.DensePlan;
import io.flowbridge.ot.validation.Checks;
import io.flowbridge.ot.validation.Weights;

/**
 * A validated entropic OT problem with its zero-weight sources and targets removed (their rows and
 * columns of any plan are 0), and the way back to the caller's n×m indexing.
 */
final class Problem {
  final double[] cost;
  final double[] a;
  final double[] b;
  private final int[] rowIndex;
  private final int[] colIndex;
  private final int n;
  private final int m;

  private Problem(double[] cost, double[] a, double[] b, int[] rowIndex, int[] colIndex, int n, int m) {
    this.cost = cost;
    this.a = a;
    this.b = b;
    this.rowIndex = rowIndex;
    this.colIndex = colIndex;
    this.n = n;
    this.m = m;
  }

  /**
   * Checks the inputs (names in messages: cost, a, b) and compacts them.
   *
   * @param equalTotals whether Σa = Σb is required (balanced transport); b is then rescaled to Σa
   */
  static Problem of(double[] cost, double[] a, double[] b, boolean equalTotals) {
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.notNull("cost", cost);
    int n = a.length;
    int m = b.length;
    Checks.atLeast("a.length", n, 1);
    Checks.atLeast("b.length", m, 1);
    Checks.length("cost", cost.length, n, m, "a.length*b.length");
    Checks.finite("a", a);
    Checks.finite("b", b);
    Checks.finite("cost", cost);
    double totalA = Weights.total("a", a);
    double totalB = Weights.total("b", b);
    double rescale = 1;
    if (equalTotals) {
      if (Math.abs(totalA - totalB) > 1e-9 * Math.max(totalA, totalB)) {
        throw new IllegalArgumentException("a sums to " + totalA + " but b sums to " + totalB
            + "; balanced transport needs equal totals (normalise both, or use unbalanced transport)");
      }
      rescale = totalA / totalB;
    }
    int[] rowIndex = Weights.support(a);
    int[] colIndex = Weights.support(b);
    int n2 = rowIndex.length;
    int m2 = colIndex.length;
    double[] a2 = new double[n2];
    double[] b2 = new double[m2];
    for (int r = 0; r < n2; r++) {
      a2[r] = a[rowIndex[r]];
    }
    for (int c = 0; c < m2; c++) {
      b2[c] = b[colIndex[c]] * rescale;
    }
    double[] cost2 = cost;
    if (n2 != n || m2 != m) {
      cost2 = new double[n2 * m2];
      for (int r = 0; r < n2; r++) {
        for (int c = 0; c < m2; c++) {
          cost2[r * m2 + c] = cost[rowIndex[r] * m + colIndex[c]];
        }
      }
    }
    return new Problem(cost2, a2, b2, rowIndex, colIndex, n, m);
  }

  /** The result in the caller's indexing (zero rows and columns put back). */
  SinkhornResult expand(SinkhornResult compact) {
    if (rowIndex.length == n && colIndex.length == m) {
      return compact;
    }
    double[] full = new double[n * m];
    double[] mass = compact.plan().mass();
    int m2 = colIndex.length;
    for (int r = 0; r < rowIndex.length; r++) {
      for (int c = 0; c < m2; c++) {
        full[rowIndex[r] * m + colIndex[c]] = mass[r * m2 + c];
      }
    }
    return new SinkhornResult(new DensePlan(full, n, m), compact.cost(), compact.iterations(),
        compact.marginalError(), compact.converged());
  }
}
