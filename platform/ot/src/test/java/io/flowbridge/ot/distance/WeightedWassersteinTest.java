package io.flowbridge.ot.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedWassersteinTest {

  private static float[] gaussian(Random rnd, int count, double mean) {
    float[] x = new float[count];
    for (int i = 0; i < count; i++) x[i] = (float) (mean + rnd.nextGaussian());
    return x;
  }

  private static double[] weights(Random rnd, int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = 0.1 + rnd.nextDouble();
    return w;
  }

  @Test
  void uniformWeightsEqualTheAssignmentW2() {
    for (int d : new int[] {1, 2, 5}) {
      Random rnd = new Random(d);
      int n = 60;
      float[] a = gaussian(rnd, n * d, 0);
      float[] b = gaussian(rnd, n * d, 1);
      double expected = Wasserstein.w2(a, b, n, d);
      double[] ones = new double[n];
      Arrays.fill(ones, 3.0); // only relative weights matter
      assertEquals(expected, WeightedWasserstein.w2(a, null, b, null, n, n, d), 1e-6 * expected, "d = " + d);
      assertEquals(expected, WeightedWasserstein.w2(a, ones, b, ones, n, n, d), 1e-6 * expected, "d = " + d);
    }
  }

  @Test
  void oneDimensionalEqualsTheQuantileFormula() {
    // In 1D, W2² = ∫₀¹ |F⁻¹(t) − G⁻¹(t)|² dt: merge the two weighted step CDFs.
    for (int seed = 0; seed < 20; seed++) {
      Random rnd = new Random(100 + seed);
      int n = 1 + rnd.nextInt(30);
      int m = 1 + rnd.nextInt(30);
      float[] a = gaussian(rnd, n, 0);
      float[] b = gaussian(rnd, m, 0.7);
      double[] wa = weights(rnd, n);
      double[] wb = weights(rnd, m);
      double expected = quantileW2(a, wa, b, wb);
      assertEquals(expected, WeightedWasserstein.w2(a, wa, b, wb, n, m, 1), 1e-9 * (1 + expected),
          "seed " + seed + ", n = " + n + ", m = " + m);
    }
  }

  private static double quantileW2(float[] a, double[] wa, float[] b, double[] wb) {
    Integer[] ia = order(a);
    Integer[] ib = order(b);
    double sa = Arrays.stream(wa).sum();
    double sb = Arrays.stream(wb).sum();
    int i = 0;
    int j = 0;
    double ra = wa[ia[0]] / sa;
    double rb = wb[ib[0]] / sb;
    double total = 0;
    while (i < a.length && j < b.length) {
      double step = Math.min(ra, rb);
      double diff = (double) a[ia[i]] - b[ib[j]];
      total += step * diff * diff;
      ra -= step;
      rb -= step;
      if (ra <= rb) {
        if (++i < a.length) ra = wa[ia[i]] / sa;
      } else {
        if (++j < b.length) rb = wb[ib[j]] / sb;
      }
    }
    return Math.sqrt(total);
  }

  private static Integer[] order(float[] x) {
    Integer[] idx = new Integer[x.length];
    for (int i = 0; i < x.length; i++) idx[i] = i;
    Arrays.sort(idx, (p, q) -> Float.compare(x[p], x[q]));
    return idx;
  }

  @Test
  void translatedCopyWithTheSameWeightsIsTheShiftLength() {
    Random rnd = new Random(4);
    int n = 40;
    int d = 3;
    float[] a = new float[n * d];
    for (int i = 0; i < a.length; i++) a[i] = rnd.nextInt(64) / 8f; // dyadic: the shift is exact
    float[] b = a.clone();
    for (int i = 0; i < n; i++) {
      b[i * d] += 2f;
      b[i * d + 1] -= 1f;
      b[i * d + 2] += 2f;
    }
    double[] w = weights(rnd, n);
    assertEquals(3.0, WeightedWasserstein.w2(a, w, b, w, n, n, d), 1e-12);
  }

  @Test
  void aSinglePointAgainstASetIsTheWeightedRootMeanSquare() {
    float[] x = {1, -2};
    float[] ys = {0, 0, 3, 1, -1, 4};
    double[] w = {1, 2, 5};
    double expected = Math.sqrt((1 * 5.0 + 2 * 13.0 + 5 * 40.0) / 8);
    assertEquals(expected, WeightedWasserstein.w2(x, new double[] {0.3}, ys, w, 1, 3, 2), 1e-12);
    assertEquals(expected, WeightedWasserstein.w2(ys, w, x, null, 3, 1, 2), 1e-12);
  }

  @Test
  void zeroWeightPointsAreIgnored() {
    float[] a = {0, 100};
    float[] b = {1};
    assertEquals(1.0, WeightedWasserstein.w2(a, new double[] {1, 0}, b, null, 2, 1, 1), 0.0);
  }

  @Test
  void rejectsBadInputNamingIt() {
    assertEquals("wb has 2 values, expected m = 3", assertThrows(IllegalArgumentException.class,
        () -> WeightedWasserstein.w2(new float[2], null, new float[6], new double[2], 1, 3, 2)).getMessage());
    assertEquals("wa[0] is -1.0, weights must be >= 0", assertThrows(IllegalArgumentException.class,
        () -> WeightedWasserstein.w2(new float[2], new double[] {-1}, new float[2], null, 1, 1, 2)).getMessage());
    assertEquals("wa[0] is NaN", assertThrows(IllegalArgumentException.class,
        () -> WeightedWasserstein.w2(new float[2], new double[] {Double.NaN}, new float[2], null, 1, 1, 2)).getMessage());
    assertEquals("wa has total weight 0; at least one weight must be positive", assertThrows(IllegalArgumentException.class,
        () -> WeightedWasserstein.w2(new float[2], new double[] {0}, new float[2], null, 1, 1, 2)).getMessage());
    assertEquals("m = 0, must be >= 1", assertThrows(IllegalArgumentException.class,
        () -> WeightedWasserstein.w2(new float[2], null, new float[0], null, 1, 0, 2)).getMessage());
    assertEquals("b has 5 values, expected m*d = 6", assertThrows(IllegalArgumentException.class,
        () -> WeightedWasserstein.w2(new float[2], null, new float[5], null, 1, 3, 2)).getMessage());
    float[] nan = {0, Float.NaN};
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> WeightedWasserstein.w2(new float[2], null, nan, null, 1, 1, 2)).getMessage().equals("b[1] is NaN"));
  }
}
