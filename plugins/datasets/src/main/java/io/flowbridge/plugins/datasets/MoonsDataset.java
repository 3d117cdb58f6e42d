package io.flowbridge.plugins.datasets;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import java.util.random.RandomGenerator;

/**
 * Two interleaving half circles (MATH.md §7, torchcfm's {@code sample_moons}): a moon with
 * probability ½, θ ~ U[0, π], upper moon {@code (cos θ, sin θ)}, lower moon
 * {@code (1 − cos θ, 0.5 − sin θ)}, isotropic Gaussian noise of std {@code noise}, then
 * {@code p ↦ 3p − 1}. The label is the moon: 0 upper, 1 lower.
 *
 * <p>Per point the generator is asked for the moon, then θ, then the x and y noise.
 */
public final class MoonsDataset implements Dataset {
  private final double noise;

  public MoonsDataset(MoonsOptions options) {
    this.noise = options.noise();
  }

  @Override
  public int dim() {
    return 2;
  }

  @Override
  public int classes() {
    return 2;
  }

  @Override
  public Batch sample(int n, RandomGenerator random) {
    float[] values = Buffers.values("moons", n, 2);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int moon = random.nextInt(2);
      double cos = Math.cos(random.nextDouble() * Math.PI);
      // sin θ ≥ 0 on [0, π]: one square root instead of a second trigonometric call.
      double sin = Math.sqrt(Math.max(0.0, 1.0 - cos * cos));
      double x = moon == 0 ? cos : 1.0 - cos;
      double y = moon == 0 ? sin : 0.5 - sin;
      x += noise * random.nextGaussian();
      y += noise * random.nextGaussian();
      labels[i] = moon;
      values[2 * i] = (float) (3.0 * x - 1.0);
      values[2 * i + 1] = (float) (3.0 * y - 1.0);
    }
    return new Batch(new Points(values, n, 2), labels);
  }
}
