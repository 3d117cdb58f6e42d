package io.flowbridge.api.data;

import io.flowbridge.api.error.FlowbridgeException;

/** Points drawn from a dataset, with one class label per point ({@code labels} is null if unlabelled). */
public record Batch(Points points, int[] labels) {
  public Batch {
    if (labels != null && labels.length != points.count()) {
      throw new FlowbridgeException(
          "batch: " + labels.length + " labels for " + points.count() + " points");
    }
  }

  public static Batch unlabelled(Points points) {
    return new Batch(points, null);
  }

  /** The rows at the given indices, labels kept with their points. */
  public Batch select(int[] indices) {
    int[] l = null;
    if (labels != null) {
      l = new int[indices.length];
      for (int r = 0; r < indices.length; r++) l[r] = labels[indices[r]];
    }
    return new Batch(points.select(indices), l);
  }
}
