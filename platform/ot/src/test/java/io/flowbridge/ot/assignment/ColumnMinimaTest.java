package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.ot.RandomPermutation;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Column reduction's minima and their rows: against the definition (the smallest value of each
 * column, and the first row in the sweep order holding a value equal to it, so −0.0 and +0.0
 * tie), and the Vector API kernel (when the test JVM has it, as the build arranges) against the
 * portable loop, on sizes around the lane counts, with ties, signed zeros, negative values and
 * wide ranges, in row order and in a shuffled order.
 */
class ColumnMinimaTest {
  private static final int[] SIZES = {1, 2, 7, 15, 16, 17, 31, 33, 64, 100, 129, 256};

  @Test
  void minimaAndFirstRowsMatchTheDefinitionAndThePortableLoop() {
    for (int seed = 0; seed < 240; seed++) {
      Random rnd = new Random(seed);
      int n = SIZES[seed % SIZES.length];
      float[] c = matrix(rnd, seed % 4, n);
      int[] order = seed % 3 == 0 ? null : RandomPermutation.of(n, rnd);
      String where = "seed " + seed + " n " + n;

      double[] colMin = new double[n];
      int[] argMin = new int[n];
      DenseJonkerVolgenant.columnMinima(c, n, order, colMin, argMin);
      for (int j = 0; j < n; j++) {
        float min = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          min = Math.min(min, c[i * n + j]);
        }
        int first = -1;
        for (int t = 0; t < n && first < 0; t++) {
          int i = order == null ? t : order[t];
          first = c[i * n + j] == min ? i : -1;
        }
        assertTrue(colMin[j] == min, where + " column " + j + ": " + colMin[j] + " vs " + min);
        assertEquals(first, argMin[j], where + " column " + j + " row");
      }

      float[] portableMin = new float[n];
      int[] portableArg = new int[n];
      DenseJonkerVolgenant.portableColumnMinima(c, n, order, 0, portableMin, portableArg);
      assertArrayEquals(portableArg, argMin, where + " rows against the portable loop");
    }
  }

  /** Mode 0: small integers (many ties); 1: ±0 and ±1; 2: wide ranges; 3: Gaussian. */
  private static float[] matrix(Random rnd, int mode, int n) {
    float[] c = new float[n * n];
    for (int e = 0; e < c.length; e++) {
      c[e] = switch (mode) {
        case 0 -> rnd.nextInt(4);
        case 1 -> (rnd.nextBoolean() ? -1 : 1) * (rnd.nextInt(3) == 0 ? 1f : 0f);
        case 2 -> (float) (rnd.nextGaussian() * Math.pow(2, rnd.nextInt(81) - 40));
        default -> (float) rnd.nextGaussian();
      };
    }
    return c;
  }
}
