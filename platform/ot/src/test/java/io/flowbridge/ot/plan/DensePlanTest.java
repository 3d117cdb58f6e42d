package io.flowbridge.ot.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DensePlanTest {
  @Test
  void marginalsTotalCostAndMarginalError() {
    DensePlan plan = new DensePlan(new double[] {0.1, 0.2, 0.3, 0.0, 0.15, 0.25}, 2, 3);
    assertEquals(0.2, plan.get(0, 1), 0.0);
    assertEquals(1.0, plan.totalMass(), 1e-15);
    assertArrayEquals(new double[] {0.6, 0.4}, plan.rowMarginals(), 1e-15);
    assertArrayEquals(new double[] {0.1, 0.35, 0.55}, plan.columnMarginals(), 1e-15);
    assertEquals(0.1 + 0.4 + 0.9 + 0.75 + 1.5, plan.cost(new double[] {1, 2, 3, 4, 5, 6}), 1e-15);
    // Against a = (0.5, 0.5), b = (0.1, 0.35, 0.55): rows are off by 0.1 each, columns match.
    assertEquals(0.2, plan.marginalError(new double[] {0.5, 0.5}, new double[] {0.1, 0.35, 0.55}), 1e-15);
  }

  @Test
  void checksTheShape() {
    assertEquals("mass has 5 values, expected n*m = 6",
        assertThrows(IllegalArgumentException.class, () -> new DensePlan(new double[5], 2, 3)).getMessage());
    DensePlan plan = new DensePlan(new double[6], 2, 3);
    assertEquals("b has 2 values, expected m = 3", assertThrows(IllegalArgumentException.class,
        () -> plan.marginalError(new double[2], new double[2])).getMessage());
  }
}
