package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import org.junit.jupiter.api.Test;

class IndependentCouplingTest {
  private final IndependentCoupling coupling = new IndependentCoupling(new NoOptions());

  @Test
  void keepsThePairsAsDrawnWithoutDrawingAnything() {
    int n = 50;
    Pairing pairing = coupling.pair(
        TestPoints.gaussian(n, 3, 0, 1), TestPoints.gaussian(n, 3, 4, 2), TestPoints.forbidden());
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) identity[i] = i;
    assertArrayEquals(identity, pairing.source());
    assertArrayEquals(identity, pairing.target());
  }

  @Test
  void rejectsUnequalBatchSizes() {
    var e = assertThrows(FlowbridgeException.class, () -> coupling.pair(
        TestPoints.gaussian(4, 2, 0, 1), TestPoints.gaussian(5, 2, 0, 2), TestPoints.forbidden()));
    assertTrue(e.getMessage().contains("independent") && e.getMessage().contains("n=4, m=5"), e.getMessage());
  }
}
