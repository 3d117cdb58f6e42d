package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScaledAuctionTest {

  @Test
  void biddersScannedInPairsBidExactlyAsOneAtATime() {
    assumeTrue(RowScan.VECTOR, "the Vector API is not in this JVM");
    for (String target : new String[] {"eightGaussians", "moons", "gaussian"}) {
      for (int n : new int[] {2, 37, 256, 300}) {
        Random rnd = new Random(13L * n + target.length());
        float[] noise = ClusteredClouds.draw("gaussian", n, rnd);
        float[] c = SquaredEuclidean.matrix(noise, n, ClusteredClouds.draw(target, n, rnd), n, 2);
        double[] start = new double[n];
        DenseJonkerVolgenant.columnMinima(c, n, null, start, new int[n]);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
          order[i] = (int) ((7L * i + 3) % n);
        }
        double[] v1 = start.clone();
        double[] v2 = start.clone();
        int[] x1 = new int[n];
        int[] x2 = new int[n];
        ScaledAuction.run(c, n, order, v1, x1, false);
        ScaledAuction.run(c, n, order, v2, x2, true);
        String where = target + " n " + n;
        assertArrayEquals(x1, x2, where + " matching");
        assertArrayEquals(v1, v2, 0.0, where + " duals, bit for bit");
      }
    }
  }
}
