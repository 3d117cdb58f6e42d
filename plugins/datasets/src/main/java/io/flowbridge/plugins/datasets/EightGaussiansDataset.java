package io.flowbridge.plugins.datasets;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import java.util.random.RandomGenerator;

/**
 * Eight Gaussian modes on a circle (MATH.md §7, torchcfm's {@code sample_8gaussians}): pick
 * k uniformly from 0..7, take the centre {@code radius·(cos(kπ/4), sin(kπ/4))} and add isotropic
 * noise of variance {@code variance}. The label of a point is its mode k.
 *
 * <p>Per point the generator is asked for k, then the x noise, then the y noise.
 */
public final class EightGaussiansDataset implements Dataset {
  private static final int MODES = 8;

  private final double[] centreX = new double[MODES];
  private final double[] centreY = new double[MODES];
  private final double std;

  public EightGaussiansDataset(EightGaussiansOptions options) {
    for (int k = 0; k < MODES; k++) {
      double angle = k * Math.PI / 4;
      centreX[k] = options.radius() * Math.cos(angle);
      centreY[k] = options.radius() * Math.sin(angle);
    }
    this.std = Math.sqrt(options.variance());
  }

  @Override
  public int dim() {
    return 2;
  }

  @Override
  public int classes() {
    return MODES;
  }

  @Override
  public Batch sample(int n, RandomGenerator random) {
    float[] values = Buffers.values("8gaussians", n, 2);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(MODES);
      labels[i] = k;
      values[2 * i] = (float) (centreX[k] + std * random.nextGaussian());
      values[2 * i + 1] = (float) (centreY[k] + std * random.nextGaussian());
    }
    return new Batch(new Points(values, n, 2), labels);
  }
}
