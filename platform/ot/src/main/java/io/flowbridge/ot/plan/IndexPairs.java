package io.flowbridge.ot.plan;

/**
 * Index pairs drawn from a plan: source {@code rows[k]} with target {@code cols[k]}. Both arrays
 * have the same length, the number of draws.
 */
public record IndexPairs(int[] rows, int[] cols) {
  public IndexPairs {
    if (rows.length != cols.length) {
      throw new IllegalArgumentException(
          "rows and cols must have equal lengths, got " + rows.length + " and " + cols.length);
    }
  }

  /** Number of pairs. */
  public int size() {
    return rows.length;
  }
}
