package io.flowbridge.core.sample;

/**
 * The result of integrating {@code count} points: end states ({@code [count, d]} row-major),
 * function evaluations, accepted and rejected steps (adaptive solvers; fixed-step solvers accept
 * every step), and, if asked for, the states at every time of {@code times}.
 */
public record Solution(float[] end, int nfe, int accepted, int rejected, float[] times, float[][] states) {
  public boolean hasTrajectory() {
    return states != null;
  }
}
