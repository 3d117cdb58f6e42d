package io.flowbridge.ot.assignment;

/**
 * A perfect matching of an n×n assignment problem: row i is matched to column
 * {@code rowToColumn[i]}, and {@code cost} is Σ_i C[i, rowToColumn[i]] summed in double.
 */
public record Assignment(int[] rowToColumn, double cost) {
  /** Number of rows (= columns) matched. */
  public int size() {
    return rowToColumn.length;
  }

  /** The inverse permutation: {@code columnToRow()[rowToColumn[i]] == i}. */
  public int[] columnToRow() {
    int[] inverse = new int[rowToColumn.length];
    for (int i = 0; i < rowToColumn.length; i++) {
      inverse[rowToColumn[i]] = i;
    }
    return inverse;
  }
}
