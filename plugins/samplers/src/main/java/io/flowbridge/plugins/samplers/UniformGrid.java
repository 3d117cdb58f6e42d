package io.flowbridge.plugins.samplers;

/** Evenly spaced time grids shared by the fixed-step samplers. */
final class UniformGrid {
  private UniformGrid() {}

  /**
   * {@code steps + 1} evenly spaced times from {@code t0} to {@code t1}, both included exactly;
   * computed in double so rounding does not accumulate along the grid. Works for t1 &lt; t0.
   */
  static float[] of(float t0, float t1, int steps) {
    float[] out = new float[steps + 1];
    double span = (double) t1 - t0;
    for (int k = 0; k < steps; k++) {
      out[k] = (float) (t0 + span * k / steps);
    }
    out[steps] = t1;
    return out;
  }
}
