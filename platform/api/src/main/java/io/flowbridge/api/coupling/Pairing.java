package io.flowbridge.api.coupling;

import io.flowbridge.api.error.FlowbridgeException;

/**
 * The pairs a coupling chose: {@code source[k]} is paired with {@code target[k]}. Indices refer
 * to rows of the minibatch the coupling was given; labels travel with these indices.
 */
public record Pairing(int[] source, int[] target) {
  public Pairing {
    if (source.length != target.length) {
      throw new FlowbridgeException(
          "pairing: " + source.length + " source indices but " + target.length + " target indices");
    }
  }

  public int size() {
    return source.length;
  }

  /** The identity pairing of n rows: row i with row i. */
  public static Pairing identity(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) idx[i] = i;
    return new Pairing(idx, idx.clone());
  }
}
