package io.flowbridge.plugins.datasets;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import java.util.random.RandomGenerator;

/**
 * The standard normal N(0, I) in {@code dim} dimensions (MATH.md §7), the usual source of a
 * flow. Coordinates are drawn row-major, one {@code nextGaussian()} each.
 */
public final class GaussianDataset implements Dataset {
  private final int dim;

  public GaussianDataset(GaussianOptions options) {
    this.dim = options.dim();
  }

  @Override
  public int dim() {
    return dim;
  }

  @Override
  public boolean isStandardGaussian() {
    return true;
  }

  @Override
  public Batch sample(int n, RandomGenerator random) {
    float[] values = Buffers.values("gaussian", n, dim);
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return Batch.unlabelled(new Points(values, n, dim));
  }
}
