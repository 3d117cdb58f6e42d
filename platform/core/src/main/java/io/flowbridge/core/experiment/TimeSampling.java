package io.flowbridge.core.experiment;

/**
 * How training times are drawn: {@code uniform} on [m, 1−m] (m the interpolant's margin),
 * {@code clipped} uniform on [ε, 1−ε], or {@code logit-normal}: t = sigmoid(mean + std·n),
 * n ~ N(0, 1), clipped to the margin.
 */
public record TimeSampling(String kind, double epsilon, double mean, double std) {
  public static TimeSampling uniform() {
    return new TimeSampling("uniform", 0, 0, 1);
  }
}
