package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Points;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnbalancedCouplingTest {

  /** How often source row {@code row} is drawn over many seeds, relative to a uniform 1/n. */
  private static double relativeUse(Coupling coupling, Points source, Points target, int row) {
    int uses = 0;
    int draws = 0;
    for (int seed = 0; seed < 200; seed++) {
      Pairing p = coupling.pair(source, target, new SplittableRandom(seed));
      for (int k = 0; k < p.size(); k++) if (p.source()[k] == row) uses++;
      draws += p.size();
    }
    return uses / (draws / (double) source.count());
  }

  @Test
  void anOutlierIsDrawnLessThanWithBalancedTransport() {
    int n = 20;
    Points source = TestPoints.gaussian(n, 2, 0, 1);
    Points target = TestPoints.gaussian(n, 2, 0, 2);
    source.values()[0] = 12f; // source row 0 far from every target
    source.values()[1] = 12f;
    double balanced = relativeUse(new SinkhornCoupling(new SinkhornCouplingOptions(0.05)), source, target, 0);
    double relaxed = relativeUse(new UnbalancedCoupling(new UnbalancedCouplingOptions(0.05, 0.05)), source, target, 0);
    assertTrue(balanced > 0.8, "balanced transport must move the outlier's whole mass: " + balanced);
    assertTrue(relaxed < 0.2, "unbalanced transport with regM 0.05 should mostly drop the outlier: " + relaxed);
    double loose = relativeUse(new UnbalancedCoupling(new UnbalancedCouplingOptions(0.05, 1e4)), source, target, 0);
    assertTrue(loose > 0.8, "regM 1e4 is close to balanced: " + loose);
  }
}
