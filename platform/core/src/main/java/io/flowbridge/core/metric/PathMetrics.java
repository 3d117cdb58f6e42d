package io.flowbridge.core.metric;

/**
 * Path energy and straightness of a flow along sampled trajectories (MATH.md §6), by the
 * trapezoid rule over the trajectory's times:
 * {@code PE = E ∫₀¹ ‖v(x_t,t)‖² dt}, {@code S = E ∫₀¹ ‖v(x_t,t) − (x(1) − x(0))‖² dt}.
 */
public final class PathMetrics {
  /** Path energy and straightness. */
  public record Result(double pathEnergy, double straightness) {}

  private PathMetrics() {}

  /**
   * @param times the trajectory times, increasing or decreasing
   * @param states the states at each time ({@code [n, d]} row-major each)
   * @param velocities v(x, t) at each state
   */
  public static Result of(float[] times, float[][] states, float[][] velocities, int n, int d) {
    float[] first = states[0];
    float[] last = states[states.length - 1];
    double energy = 0;
    double straight = 0;
    for (int k = 0; k < times.length; k++) {
      double w = weight(times, k);
      float[] v = velocities[k];
      double e = 0;
      double s = 0;
      for (int i = 0; i < n * d; i++) {
        double vi = v[i];
        double dev = vi - (last[i] - first[i]);
        e += vi * vi;
        s += dev * dev;
      }
      energy += w * e;
      straight += w * s;
    }
    return new Result(energy / n, straight / n);
  }

  /** Trapezoid weight of node k (absolute: integrals are over [0, 1] whatever the direction). */
  static double weight(float[] times, int k) {
    double w = 0;
    if (k > 0) w += Math.abs(times[k] - times[k - 1]) / 2;
    if (k < times.length - 1) w += Math.abs(times[k + 1] - times[k]) / 2;
    return w;
  }

  /** Normalised path energy {@code |PE − W2²| / W2²}: 0 for a flow as cheap as optimal transport. */
  public static double normalisedPathEnergy(double pathEnergy, double w2Squared) {
    return Math.abs(pathEnergy - w2Squared) / w2Squared;
  }
}
