package io.flowbridge.api.dataset;

import io.flowbridge.api.data.Batch;
import java.util.random.RandomGenerator;

/**
 * A distribution to draw samples from (MATH.md §7), reproducibly: the same random generator
 * state gives the same batch. Used as a source or a target of a flow.
 */
public interface Dataset {
  /** Dimension d of one sample (for images, h·w·c). */
  int dim();

  /** Shape of one sample: {@code [d]} for vectors, {@code [h, w, c]} for images. */
  default int[] shape() {
    return new int[] {dim()};
  }

  /** Number of class labels, 0 for an unlabelled dataset. */
  default int classes() {
    return 0;
  }

  /** Whether this is the standard normal N(0, I), which some paths require as their source. */
  default boolean isStandardGaussian() {
    return false;
  }

  /** Draws {@code n} samples, shape {@code [n, dim]}, with labels if the dataset has classes. */
  Batch sample(int n, RandomGenerator random);
}
