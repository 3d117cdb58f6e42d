package io.flowbridge.plugins.samplers;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.List;

/**
 * Time grids shared by the fixed-step samplers: {@code steps} equal intervals, or the explicit
 * {@code times} option (an increasing grid from 0 to 1) mapped onto the interval. Integrating
 * backward uses the forward grid reversed, so a round trip visits the same times.
 */
final class UniformGrid {
  private UniformGrid() {}

  /**
   * {@code steps + 1} evenly spaced times from {@code t0} to {@code t1}, both included exactly;
   * computed in double so rounding does not accumulate along the grid. For t1 &lt; t0 it is
   * {@code of(t1, t0, steps)} reversed.
   */
  static float[] of(float t0, float t1, int steps) {
    float lo = Math.min(t0, t1);
    double span = (double) Math.max(t0, t1) - lo;
    float[] out = new float[steps + 1];
    for (int k = 0; k < steps; k++) {
      out[k] = (float) (lo + span * k / steps);
    }
    out[steps] = Math.max(t0, t1);
    return t1 < t0 ? reversed(out) : out;
  }

  /**
   * The grid of a fixed-step sampler from {@code t0} to {@code t1}: {@code times} mapped
   * affinely from [0, 1] onto the interval when given (they override {@code steps}), else
   * {@link #of(float, float, int)}. For t1 &lt; t0 it is the forward grid reversed.
   */
  static float[] of(float t0, float t1, int steps, List<Double> times) {
    if (times.isEmpty()) return of(t0, t1, steps);
    float lo = Math.min(t0, t1);
    double span = (double) Math.max(t0, t1) - lo;
    int n = times.size() - 1;
    float[] out = new float[n + 1];
    for (int k = 0; k < n; k++) {
      out[k] = (float) (lo + span * times.get(k));
    }
    out[0] = lo;
    out[n] = Math.max(t0, t1);
    return t1 < t0 ? reversed(out) : out;
  }

  /**
   * Validates the {@code times} option of the sampler {@code key}: empty (use {@code steps}), or
   * at least two times increasing strictly from exactly 0 to exactly 1. Returns an immutable copy.
   */
  static List<Double> checkTimes(String key, List<Double> times) {
    List<Double> copy = List.copyOf(times);
    if (copy.isEmpty()) return copy;
    String where = key + ": option 'times' = " + copy;
    if (copy.size() < 2) {
      throw new FlowbridgeException(where + " needs at least two times, 0 and 1 (or leave it empty to use 'steps')");
    }
    if (copy.get(0) != 0.0 || copy.get(copy.size() - 1) != 1.0) {
      throw new FlowbridgeException(where + " must start at 0 and end at 1; it is mapped onto [t0, t1]");
    }
    for (int k = 0; k + 1 < copy.size(); k++) {
      if (!(copy.get(k + 1) > copy.get(k))) {
        throw new FlowbridgeException(where + " must increase strictly; entry " + (k + 1) + " ("
            + copy.get(k + 1) + ") is not greater than entry " + k + " (" + copy.get(k) + ")");
      }
    }
    return copy;
  }

  private static float[] reversed(float[] grid) {
    float[] out = new float[grid.length];
    for (int k = 0; k < grid.length; k++) out[k] = grid[grid.length - 1 - k];
    return out;
  }
}
