package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import org.junit.jupiter.api.Test;

class StableCouplingTest {
  private final StableCoupling coupling = new StableCoupling(new NoOptions());

  @Test
  void noSourceAndTargetAreCloserToEachOtherThanToTheirPartners() {
    for (int seed = 0; seed < 10; seed++) {
      int n = 30 + seed;
      int d = 1 + seed % 3;
      Points source = TestPoints.gaussian(n, d, 0, seed);
      Points target = TestPoints.gaussian(n, d, 1, 100 + seed);
      Pairing p = coupling.pair(source, target, TestPoints.forbidden());
      int[] partnerOfSource = new int[n];
      int[] partnerOfTarget = new int[n];
      for (int k = 0; k < n; k++) {
        partnerOfSource[p.source()[k]] = p.target()[k];
        partnerOfTarget[p.target()[k]] = p.source()[k];
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double c = TestPoints.squaredDistance(source, i, target, j);
          boolean sourceWants = c < TestPoints.squaredDistance(source, i, target, partnerOfSource[i]);
          boolean targetWants = c < TestPoints.squaredDistance(source, partnerOfTarget[j], target, j);
          assertTrue(!(sourceWants && targetWants), "blocking pair (" + i + ", " + j + "), seed " + seed);
        }
      }
    }
  }

  @Test
  void mutualNearestNeighboursArePairedFirst() {
    // On a line: 0↔0.1 are mutual nearest neighbours, so are 5↔5.2; stability forces both pairs.
    Pairing p = coupling.pair(new Points(new float[] {5, 0}, 2, 1), new Points(new float[] {0.1f, 5.2f}, 2, 1),
        TestPoints.forbidden());
    assertArrayEquals(new int[] {0, 1}, p.source());
    assertArrayEquals(new int[] {1, 0}, p.target());
  }

  @Test
  void rejectsUnequalBatchSizes() {
    var e = assertThrows(FlowbridgeException.class, () -> coupling.pair(
        TestPoints.gaussian(3, 2, 0, 1), TestPoints.gaussian(4, 2, 0, 2), TestPoints.forbidden()));
    assertEquals("stable: needs equal source and target batch sizes, got n=3, m=4", e.getMessage());
  }
}
