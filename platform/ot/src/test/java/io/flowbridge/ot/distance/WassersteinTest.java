package io.flowbridge.ot.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WassersteinTest {

  private static float[] gaussian(Random rnd, int count) {
    float[] x = new float[count];
    for (int i = 0; i < count; i++) {
      x[i] = (float) rnd.nextGaussian();
    }
    return x;
  }

  /** Reverses the order of the n points (a relabelling that W2 must not see). */
  private static float[] reversed(float[] x, int n, int d) {
    float[] r = new float[x.length];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, i * d, r, (n - 1 - i) * d, d);
    }
    return r;
  }

  @Test
  void setWithItselfIsZero() {
    for (int d : new int[] {1, 2, 3, 17, 784}) {
      Random rnd = new Random(d);
      int n = 50;
      float[] a = gaussian(rnd, n * d);
      assertEquals(0.0, Wasserstein.w2(a, a, n, d), 0.0, "d=" + d);
      assertEquals(0.0, Wasserstein.w2(a, reversed(a, n, d), n, d), 0.0, "permuted copy, d=" + d);
    }
  }

  @Test
  void translateIsExactlyTheShiftLengthOnDyadicPoints() {
    // Points on a 1/8 grid and c = (3, 4): every float operation is exact, so W2 is exactly 5.
    Random rnd = new Random(1);
    int n = 64;
    int d = 2;
    float[] a = new float[n * d];
    float[] b = new float[n * d];
    for (int i = 0; i < n; i++) {
      a[2 * i] = rnd.nextInt(64) / 8f;
      a[2 * i + 1] = rnd.nextInt(64) / 8f;
    }
    for (int i = 0; i < n; i++) {
      b[2 * i] = a[2 * i] + 3f;
      b[2 * i + 1] = a[2 * i + 1] + 4f;
    }
    assertEquals(5.0, Wasserstein.w2(a, reversed(b, n, d), n, d), 0.0);
  }

  @Test
  void translateEqualsShiftLength() {
    for (int d : new int[] {1, 2, 3, 17, 784}) {
      Random rnd = new Random(100 + d);
      int n = 40;
      float[] a = gaussian(rnd, n * d);
      float[] shift = gaussian(rnd, d);
      float[] b = new float[n * d];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < d; k++) {
          b[i * d + k] = a[i * d + k] + shift[k];
        }
      }
      double norm = 0;
      for (float s : shift) {
        norm += (double) s * s;
      }
      norm = Math.sqrt(norm);
      // Only the rounding of b = a + c in float separates the result from ‖c‖.
      assertEquals(norm, Wasserstein.w2(a, reversed(b, n, d), n, d), 1e-6 * (1 + norm), "d=" + d);
    }
  }

  @Test
  void symmetricAndBoundedByAnyMatching() {
    Random rnd = new Random(9);
    int n = 60;
    int d = 3;
    float[] a = gaussian(rnd, n * d);
    float[] b = gaussian(rnd, n * d);
    double ab = Wasserstein.w2(a, b, n, d);
    double ba = Wasserstein.w2(b, a, n, d);
    assertEquals(ab, ba, 1e-6 * ab);
    double identity = 0;
    for (int i = 0; i < n * d; i++) {
      identity += (double) (a[i] - b[i]) * (a[i] - b[i]);
    }
    assertTrue(ab <= Math.sqrt(identity / n) + 1e-12);
    assertTrue(ab > 0);
  }

  @Test
  void singlePointIsItsDistance() {
    assertEquals(5.0, Wasserstein.w2(new float[] {1, 1}, new float[] {4, 5}, 1, 2), 0.0);
  }

  @Test
  void duplicatePoints() {
    // a = {0,0,1,1}, b = {1,1,0,0} on a line: sorting matches 0↔0 and 1↔1, W2 = 0.
    assertEquals(0.0, Wasserstein.w2(new float[] {0, 0, 1, 1}, new float[] {1, 1, 0, 0}, 4, 1), 0.0);
    // a = {0,0,0}, b = {0,0,3}: W2² = 9/3.
    assertEquals(Math.sqrt(3.0), Wasserstein.w2(new float[] {0, 0, 0}, new float[] {0, 3, 0}, 3, 1), 1e-15);
  }

  @Test
  void rejectsBadInput() {
    assertEquals("a has 30 values, expected n*d = 32",
        assertThrows(IllegalArgumentException.class,
            () -> Wasserstein.w2(new float[30], new float[32], 16, 2)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
            () -> Wasserstein.w2(new float[0], new float[0], 0, 2)).getMessage().startsWith("n = 0"));
    float[] inf = new float[4];
    inf[1] = Float.POSITIVE_INFINITY;
    assertEquals("a[1] is +Infinity",
        assertThrows(IllegalArgumentException.class, () -> Wasserstein.w2(inf, new float[4], 2, 2)).getMessage());
  }
}
