package io.flowbridge.api.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.error.FlowbridgeException;
import org.junit.jupiter.api.Test;

class PointsTest {
  @Test
  void selectKeepsRowsAndLabelsTogether() {
    Batch b = new Batch(new Points(new float[] {0, 1, 10, 11, 20, 21}, 3, 2), new int[] {7, 8, 9});
    Batch s = b.select(new int[] {2, 0, 2});
    assertArrayEquals(new float[] {20, 21, 0, 1, 20, 21}, s.points().values());
    assertArrayEquals(new int[] {9, 7, 9}, s.labels());
    assertEquals(11f, b.points().get(1, 1));
  }

  @Test
  void shapeMismatchesAreRejectedWithCounts() {
    assertEquals("points: 5 values cannot hold 3 points of dimension 2",
        assertThrows(FlowbridgeException.class, () -> new Points(new float[5], 3, 2)).getMessage());
    assertThrows(FlowbridgeException.class, () -> new Points(new float[0], 0, 0));
    assertEquals("batch: 2 labels for 3 points",
        assertThrows(FlowbridgeException.class, () -> new Batch(new Points(new float[6], 3, 2), new int[2])).getMessage());
    assertThrows(FlowbridgeException.class, () -> new Pairing(new int[2], new int[3]));
  }

  @Test
  void identityPairing() {
    Pairing p = Pairing.identity(3);
    assertArrayEquals(new int[] {0, 1, 2}, p.source());
    assertArrayEquals(new int[] {0, 1, 2}, p.target());
  }
}
