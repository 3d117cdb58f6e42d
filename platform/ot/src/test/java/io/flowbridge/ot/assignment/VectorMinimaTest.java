package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowbridge.ot.vector.VectorSupport;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Vector API passes return what their portable twins return, on sizes with ragged tails. */
class VectorMinimaTest {
  private static final int[] SIZES = {1, 3, 8, 17, 64, 100, 256, 301};

  @BeforeEach
  void needsTheModule() {
    Assumptions.assumeTrue(VectorSupport.ENABLED, "JVM started without jdk.incubator.vector");
  }

  /** Costs with many ties (small integers), negatives, and both zeros. */
  private static float[] costs(Random rnd, int n, boolean ties) {
    float[] c = new float[n * n];
    for (int e = 0; e < c.length; e++) {
      c[e] = ties ? rnd.nextInt(7) - 3 : (float) (rnd.nextGaussian() * 10);
      if (rnd.nextInt(50) == 0) {
        c[e] = rnd.nextBoolean() ? 0f : -0f;
      }
    }
    return c;
  }

  @Test
  void columnMinimaMatchTheScalarSweepIncludingTies() {
    Random rnd = new Random(3);
    for (int n : SIZES) {
      for (boolean ties : new boolean[] {false, true}) {
        float[] c = costs(rnd, n, ties);
        float[] min = new float[n];
        int[] arg = new int[n];
        float[] scalarMin = new float[n];
        int[] scalarArg = new int[n];
        VectorMinima.columnMinima(c, n, min, arg);
        DenseJonkerVolgenant.scalarColumnMinima(c, n, scalarMin, scalarArg);
        assertArrayEquals(scalarArg, arg, "argmin, n = " + n + ", ties " + ties);
        for (int j = 0; j < n; j++) {
          assertEquals(Float.floatToIntBits(scalarMin[j]), Float.floatToIntBits(min[j]),
              "min of column " + j + ", n = " + n);
        }
      }
    }
  }

  @Test
  void rowMinimaOfReducedCostsMatchTheScalarPass() {
    Random rnd = new Random(4);
    for (int n : SIZES) {
      for (boolean ties : new boolean[] {false, true}) {
        float[] c = costs(rnd, n, ties);
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
          v[j] = ties ? rnd.nextInt(3) - 1 : rnd.nextGaussian() * 3;
        }
        for (int i = 0; i < n; i++) {
          double expected = SparseJonkerVolgenant.scalarRowMinimumReduced(c, i * n, v, n);
          double actual = VectorMinima.rowMinimumReduced(c, i * n, v, n);
          // Equal as numbers; a zero minimum may differ only in sign, which callers cannot see.
          assertEquals(0, Double.compare(expected == 0 ? 0 : expected, actual == 0 ? 0 : actual),
              "row " + i + ", n = " + n + ": " + actual + " vs " + expected);
        }
      }
    }
  }
}
