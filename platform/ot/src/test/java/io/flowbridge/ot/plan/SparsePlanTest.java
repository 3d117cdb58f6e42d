package io.flowbridge.ot.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SparsePlanTest {
  // 2 sources, 3 targets: 0 → 0 (0.25), 0 → 2 (0.25), 1 → 1 (0.5).
  private final SparsePlan plan =
      new SparsePlan(new int[] {0, 0, 1}, new int[] {0, 2, 1}, new double[] {0.25, 0.25, 0.5}, 2, 3);

  @Test
  void marginalsTotalAndCost() {
    assertEquals(3, plan.nonzeros());
    assertEquals(1.0, plan.totalMass(), 0.0);
    assertArrayEquals(new double[] {0.5, 0.5}, plan.rowMarginals(), 0.0);
    assertArrayEquals(new double[] {0.25, 0.5, 0.25}, plan.columnMarginals(), 0.0);
    double[] cost = {1, 2, 3, 4, 5, 6};
    assertEquals(0.25 * 1 + 0.25 * 3 + 0.5 * 5, plan.cost(cost), 0.0);
  }

  @Test
  void toDenseHasTheSameEntriesAndMarginals() {
    DensePlan dense = plan.toDense();
    assertArrayEquals(new double[] {0.25, 0, 0.25, 0, 0.5, 0}, dense.mass(), 0.0);
    assertArrayEquals(plan.rowMarginals(), dense.rowMarginals(), 0.0);
    assertArrayEquals(plan.columnMarginals(), dense.columnMarginals(), 0.0);
  }

  @Test
  void rejectsBadEntriesNamingThem() {
    assertEquals("cols[1] = 3 is outside 0..2", assertThrows(IllegalArgumentException.class,
        () -> new SparsePlan(new int[] {0, 0}, new int[] {0, 3}, new double[] {1, 1}, 2, 3)).getMessage());
    assertEquals("rows[0] = -1 is outside 0..1", assertThrows(IllegalArgumentException.class,
        () -> new SparsePlan(new int[] {-1}, new int[] {0}, new double[] {1}, 2, 3)).getMessage());
    assertEquals("mass[0] is -0.5, masses must be finite and >= 0", assertThrows(IllegalArgumentException.class,
        () -> new SparsePlan(new int[] {0}, new int[] {0}, new double[] {-0.5}, 2, 3)).getMessage());
    assertEquals("mass[0] is NaN, masses must be finite and >= 0", assertThrows(IllegalArgumentException.class,
        () -> new SparsePlan(new int[] {0}, new int[] {0}, new double[] {Double.NaN}, 2, 3)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SparsePlan(new int[] {0}, new int[] {0, 1}, new double[] {1}, 2, 3));
    assertEquals("cost has 5 values, expected n*m = 6",
        assertThrows(IllegalArgumentException.class, () -> plan.cost(new double[5])).getMessage());
  }
}
