package io.flowbridge.ot.plan;

/** Mass checks shared by the plan types and the sampler. */
final class PlanChecks {
  private PlanChecks() {}

  /** Requires every entry to be finite and ≥ 0; the message names the array and the index. */
  static void nonNegative(String name, double[] mass) {
    for (int k = 0; k < mass.length; k++) {
      double x = mass[k];
      // !(x >= 0) also catches NaN; x - x != 0 catches +Infinity.
      if (!(x >= 0) || x - x != 0) {
        throw new IllegalArgumentException(name + "[" + k + "] is " + x + ", masses must be finite and >= 0");
      }
    }
  }
}
