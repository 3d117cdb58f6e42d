package io.flowbridge.ot.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FastExpTest {
  @Test
  void relativeErrorBelow1e12OnTheWholeRange() {
    Random rnd = new Random(1);
    int count = 200_000;
    double[] x = new double[count];
    for (int k = 0; k < count; k++) x[k] = k < 4 ? new double[] {0, -1e-300, -600, -299.5}[k] : -600 * rnd.nextDouble();
    double[] y = x.clone();
    FastExp.expInPlace(y, count, 0);
    double worst = 0;
    for (int k = 0; k < count; k++) worst = Math.max(worst, Math.abs(y[k] / Math.exp(x[k]) - 1));
    assertTrue(worst <= 1e-12, "max relative error " + worst);
  }

  @Test
  void shiftsAndClampsBelow() {
    double[] y = {3, 1, -1000};
    FastExp.expInPlace(y, 3, 3);
    assertEquals(1.0, y[0], 1e-12);
    assertEquals(Math.exp(-2), y[1], 1e-12 * Math.exp(-2));
    assertEquals(Math.exp(-600), y[2], 1e-12 * Math.exp(-600));
    assertTrue(y[2] >= Double.MIN_NORMAL, "the clamp keeps results normal");
  }
}
