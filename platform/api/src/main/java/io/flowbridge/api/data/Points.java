package io.flowbridge.api.data;

import io.flowbridge.api.error.FlowbridgeException;

/**
 * A set of {@code count} points in {@code dim} dimensions, stored row-major: point i, coordinate k
 * is {@code values[i * dim + k]}. Shape {@code [count, dim]}.
 */
public record Points(float[] values, int count, int dim) {
  public Points {
    if (count < 0 || dim <= 0) {
      throw new FlowbridgeException("points: need count >= 0 and dim >= 1, got count=" + count + ", dim=" + dim);
    }
    if (values.length != (long) count * dim) {
      throw new FlowbridgeException(
          "points: " + values.length + " values cannot hold " + count + " points of dimension " + dim);
    }
  }

  public float get(int i, int k) {
    return values[i * dim + k];
  }

  /** The points at the given indices, in that order. */
  public Points select(int[] indices) {
    float[] out = new float[indices.length * dim];
    for (int r = 0; r < indices.length; r++) {
      System.arraycopy(values, indices[r] * dim, out, r * dim, dim);
    }
    return new Points(out, indices.length, dim);
  }
}
