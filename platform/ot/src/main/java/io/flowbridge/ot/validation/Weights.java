package io.flowbridge.ot.validation;

/** Marginal weight vectors of transport problems: validation of their total and their support. */
public final class Weights {
  private Weights() {}

  /**
   * The total of {@code w}, requiring every weight to be ≥ 0 and the total to be positive; errors
   * name the vector and the offending index.
   */
  public static double total(String name, double[] w) {
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] < 0) {
        throw new IllegalArgumentException(name + "[" + i + "] is " + w[i] + ", weights must be >= 0");
      }
      total += w[i];
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException(name + " has total weight 0; at least one weight must be positive");
    }
    return total;
  }

  /** The indices of the positive weights, in increasing order. */
  public static int[] support(double[] w) {
    int count = 0;
    for (double x : w) {
      if (x > 0) {
        count++;
      }
    }
    int[] idx = new int[count];
    int k = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        idx[k++] = i;
      }
    }
    return idx;
  }
}
