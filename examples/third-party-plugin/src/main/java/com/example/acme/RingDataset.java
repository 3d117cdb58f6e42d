package com.example.acme;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import java.util.random.RandomGenerator;

/**
 * A noisy circle in the plane: θ ~ U[0, 2π), the point {@code radius·(cos θ, sin θ)} plus
 * isotropic Gaussian noise of standard deviation {@code noise}. Unlabelled.
 *
 * <p>Per point the generator is asked for θ, then the x noise, then the y noise, so a seed
 * reproduces a batch exactly.
 */
public final class RingDataset implements Dataset {
  private final double radius;
  private final double noise;

  public RingDataset(RingOptions options) {
    this.radius = options.radius();
    this.noise = options.noise();
  }

  @Override
  public int dim() {
    return 2;
  }

  @Override
  public Batch sample(int n, RandomGenerator random) {
    if (n < 0 || n > (Integer.MAX_VALUE - 8) / 2) {
      throw new FlowbridgeException("acme-ring: cannot draw a batch of " + n + " points");
    }
    float[] values = new float[2 * n];
    for (int i = 0; i < n; i++) {
      double theta = 2 * Math.PI * random.nextDouble();
      values[2 * i] = (float) (radius * Math.cos(theta) + noise * random.nextGaussian());
      values[2 * i + 1] = (float) (radius * Math.sin(theta) + noise * random.nextGaussian());
    }
    return Batch.unlabelled(new Points(values, n, 2));
  }
}
