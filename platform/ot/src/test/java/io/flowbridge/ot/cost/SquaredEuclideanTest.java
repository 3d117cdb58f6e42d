package io.flowbridge.ot.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SquaredEuclideanTest {

  private static float[] gaussian(Random rnd, int count, double scale, double shift) {
    float[] x = new float[count];
    for (int i = 0; i < count; i++) {
      x[i] = (float) (rnd.nextGaussian() * scale + shift);
    }
    return x;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 15, 16, 17, 129, 784})
  void matchesNaiveDoubleLoop(int d) {
    Random rnd = new Random(d);
    // Odd sizes so every tile has a ragged edge; more columns than one 256-wide tile.
    for (int[] nm : new int[][] {{1, 1}, {7, 5}, {33, 300}}) {
      int n = nm[0];
      int m = nm[1];
      float[] a = gaussian(rnd, n * d, 1.5, 0.3);
      float[] b = gaussian(rnd, m * d, 1.0, -0.2);
      float[] c = SquaredEuclidean.matrix(a, n, b, m, d);
      assertEquals(n * m, c.length);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          double exact = 0;
          double normA = 0;
          double normB = 0;
          for (int k = 0; k < d; k++) {
            double x = a[i * d + k];
            double y = b[j * d + k];
            exact += (x - y) * (x - y);
            normA += x * x;
            normB += y * y;
          }
          // Direct form: relative float error. Gram form: error relative to ‖a‖² + ‖b‖².
          double tol = d < SquaredEuclidean.GRAM_MIN_DIM
              ? 4e-7 * d * exact + 1e-30
              : 2e-6 * (normA + normB);
          assertEquals(exact, c[i * m + j], tol, "C[" + i + "," + j + "] at d=" + d);
          assertTrue(c[i * m + j] >= 0f);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 17, 784})
  void identicalPointsHaveZeroOrTinyCost(int d) {
    Random rnd = new Random(42);
    int n = 20;
    float[] a = gaussian(rnd, n * d, 1.0, 0.0);
    float[] c = SquaredEuclidean.matrix(a, n, a, n, d);
    for (int i = 0; i < n; i++) {
      float self = c[i * n + i];
      assertTrue(self >= 0f, "never negative");
      if (d < SquaredEuclidean.GRAM_MIN_DIM) {
        assertEquals(0f, self, 0f, "direct form is exact on the diagonal");
      } else {
        assertTrue(self <= 1e-5 * d, "Gram-form diagonal " + self + " at d=" + d);
      }
    }
  }

  @Test
  void exactOnSmallIntegers() {
    float[] a = {0, 0, 1, 2};
    float[] b = {3, 4, -1, 0, 1, 2};
    float[] c = SquaredEuclidean.matrix(a, 2, b, 3, 2);
    float[] expected = {25, 1, 5, 8, 8, 0};
    for (int i = 0; i < 6; i++) {
      assertEquals(expected[i], c[i], 0f);
    }
  }

  @Test
  void detectsHardwareFusedMultiplyAddOnHotSpotX86AndArm() {
    // Every x86-64 CPU of the last decade and every AArch64 CPU has FMA, and HotSpot reports it
    // as UseFMA; if the detection broke, the Gram product would silently lose its fused path.
    String arch = System.getProperty("os.arch");
    Assumptions.assumeTrue(arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"));
    String vm = System.getProperty("java.vm.name");
    Assumptions.assumeTrue(vm.contains("HotSpot") || vm.contains("OpenJDK"));
    assertTrue(SquaredEuclidean.FUSED_MULTIPLY_ADD, "UseFMA not detected on " + arch);
  }

  @Test
  void vectorKernelIsOnWithTheModuleFmaAndAvx512() {
    // The test build adds jdk.incubator.vector (root pom argLine), as the launcher does.
    Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
    Assumptions.assumeTrue(SquaredEuclidean.FUSED_MULTIPLY_ADD);
    Assumptions.assumeTrue(System.getProperty("flowbridge.ot.vector") == null);
    assertEquals(VectorGram.lanes() >= 16, SquaredEuclidean.VECTOR_GRAM);
  }

  @Test
  void vectorKernelGivesThePortableKernelsBits() {
    // Whatever the vector width (the kernel is only chosen with AVX-512, but is exact on AVX2 too).
    Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
    Assumptions.assumeTrue(SquaredEuclidean.FUSED_MULTIPLY_ADD);
    Random rnd = new Random(42);
    // Ragged row counts (8-row micro-tiles), column counts (2-vector panels, 256-column tiles)
    // and dimensions (4-coordinate groups in the portable kernel).
    int[][] shapes = {{1, 1, 16}, {7, 5, 17}, {9, 33, 18}, {19, 70, 33}, {8, 256, 64},
        {17, 300, 19}, {40, 513, 784}};
    for (int[] s : shapes) {
      int n = s[0];
      int m = s[1];
      int d = s[2];
      float[] a = gaussian(rnd, n * d, 1.5, 0.3);
      float[] b = gaussian(rnd, m * d, 0.7, -0.2);
      float[] na = SquaredEuclidean.rowNorms(a, n, d);
      float[] nb = SquaredEuclidean.rowNorms(b, m, d);
      float[] portable = new float[n * m];
      float[] vector = new float[n * m];
      SquaredEuclidean.portableGram(a, n, null, b, m, null, d, na, nb, portable);
      VectorGram.fill(a, n, b, m, d, na, nb, vector);
      // JUnit compares floats by their bits (Float.floatToIntBits), so this is bit identity.
      assertArrayEquals(portable, vector, n + "x" + m + ", d = " + d);
    }
  }

  private static float[] shifted(float[] x, int rows, int d, float[] shift) {
    float[] out = new float[x.length];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < d; k++) {
        out[i * d + k] = x[i * d + k] - shift[k];
      }
    }
    return out;
  }

  @Test
  void shiftedMatrixHasTheBitsOfTheShiftedCopies() {
    // The shifts are applied inside the kernels (packing b, copying blocks of a, the norms); the
    // result must not differ in a single bit from building the shifted clouds first.
    Random rnd = new Random(7);
    int[][] shapes = {{3, 4, 1}, {9, 7, 2}, {20, 30, 5}, {7, 5, 16}, {19, 70, 17}, {65, 40, 33},
        {17, 300, 19}, {40, 513, 784}};
    for (int[] s : shapes) {
      int n = s[0];
      int m = s[1];
      int d = s[2];
      float[] a = gaussian(rnd, n * d, 1.5, 3.0);
      float[] b = gaussian(rnd, m * d, 0.7, -2.0);
      float[] sa = gaussian(rnd, d, 1.0, 3.0);
      float[] sb = gaussian(rnd, d, 1.0, -2.0);
      float[] sa2 = shifted(a, n, d, sa);
      float[] sb2 = shifted(b, m, d, sb);
      String shape = n + "x" + m + ", d = " + d;
      assertArrayEquals(SquaredEuclidean.matrix(sa2, n, sb2, m, d),
          SquaredEuclidean.matrix(a, n, sa, b, m, sb, d), shape);
      if (d >= SquaredEuclidean.GRAM_MIN_DIM) {
        // Both kernels, whichever one matrix() chose.
        float[] na = SquaredEuclidean.rowNorms(sa2, n, d);
        float[] nb = SquaredEuclidean.rowNorms(sb2, m, d);
        assertArrayEquals(na, SquaredEuclidean.rowNorms(a, n, d, sa), shape + " norms");
        float[] copies = new float[n * m];
        float[] inKernel = new float[n * m];
        SquaredEuclidean.portableGram(sa2, n, null, sb2, m, null, d, na, nb, copies);
        SquaredEuclidean.portableGram(a, n, sa, b, m, sb, d, na, nb, inKernel);
        assertArrayEquals(copies, inKernel, shape + " portable");
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
          VectorGram.fill(sa2, n, null, sb2, m, null, d, na, nb, copies);
          VectorGram.fill(a, n, sa, b, m, sb, d, na, nb, inKernel);
          assertArrayEquals(copies, inKernel, shape + " vector");
        }
      }
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SquaredEuclidean.matrix(new float[4], 2, new float[1], new float[4], 2,
            new float[2], 2));
    assertEquals("shiftA has 1 values, expected d = 2", e.getMessage());
  }

  @Test
  void fillOverwritesEveryEntryOfAReusedBuffer() {
    // A buffer holding a previous problem's matrix (here NaN) must come back holding exactly the
    // bits matrix() returns, for every kernel path: plane (d = 2), direct, and Gram.
    Random rnd = new Random(11);
    for (int d : new int[] {1, 2, 3, 5, 16, 40, 784}) {
      int n = 9 + d % 7;
      int m = 23;
      float[] a = gaussian(rnd, n * d, 1.0, 0.5);
      float[] b = gaussian(rnd, m * d, 2.0, -0.5);
      float[] sa = gaussian(rnd, d, 1.0, 0.0);
      float[] sb = gaussian(rnd, d, 1.0, 0.0);
      float[] out = new float[n * m];
      java.util.Arrays.fill(out, Float.NaN);
      SquaredEuclidean.fill(a, n, null, b, m, null, d, out);
      assertArrayEquals(SquaredEuclidean.matrix(a, n, b, m, d), out, "d = " + d);
      java.util.Arrays.fill(out, Float.NaN);
      SquaredEuclidean.fill(a, n, sa, b, m, sb, d, out);
      assertArrayEquals(SquaredEuclidean.matrix(a, n, sa, b, m, sb, d), out, "shifted, d = " + d);
    }
    assertEquals("out has 5 values, expected n*m = 6",
        assertThrows(IllegalArgumentException.class,
            () -> SquaredEuclidean.fill(new float[4], 2, null, new float[6], 3, null, 2,
                new float[5])).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SquaredEuclidean.fill(new float[4], 2, new float[2], new float[6], 3, null, 2,
                new float[6])).getMessage().contains("shiftA and shiftB"));
  }

  @Test
  void rowNormsAreExactSumsInEitherKernel() {
    // The vector kernel and the portable loop sum in the same order, so they agree bit for bit
    // (with FMA); both are within double rounding of a naive sum, then rounded to float.
    Random rnd = new Random(3);
    for (int d : new int[] {16, 17, 31, 32, 33, 100, 784, 785}) {
      int rows = 9;
      float[] x = gaussian(rnd, rows * d, 3.0, 1.0);
      float[] shift = gaussian(rnd, d, 1.0, 0.5);
      for (float[] s : new float[][] {null, shift}) {
        float[] portable = SquaredEuclidean.portableRowNorms(x, rows, d, s);
        for (int i = 0; i < rows; i++) {
          double naive = 0;
          for (int k = 0; k < d; k++) {
            double v = s == null ? x[i * d + k] : x[i * d + k] - s[k];
            naive += v * v;
          }
          assertEquals(naive, portable[i], 1e-6 * naive, "d = " + d + ", row " + i);
        }
        if (SquaredEuclidean.VECTOR_GRAM && SquaredEuclidean.FUSED_MULTIPLY_ADD) {
          assertArrayEquals(portable, VectorGram.rowNorms(x, rows, d, s),
              "d = " + d + (s == null ? "" : ", shifted"));
        }
      }
    }
  }

  @Test
  void squaredDistanceOfTwoRowsInDouble() {
    Random rnd = new Random(4);
    for (int d : new int[] {1, 2, 3, 15, 16, 17, 64, 784, 785}) {
      float[] a = gaussian(rnd, 3 * d, 2.0, 1.0);
      float[] b = gaussian(rnd, 4 * d, 1.0, -1.0);
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
          double naive = 0;
          for (int k = 0; k < d; k++) {
            double e = (double) a[i * d + k] - b[j * d + k];
            naive += e * e;
          }
          double got = SquaredEuclidean.squaredDistance(a, i, b, j, d);
          assertEquals(naive, got, 1e-13 * naive, "d = " + d);
          assertEquals(SquaredEuclidean.portableSquaredDistance(a, i * d, b, j * d, d), got,
              0.0, "the same bits from both kernels, d = " + d);
        }
      }
    }
  }

  @Test
  void emptySetsGiveEmptyMatrix() {
    assertEquals(0, SquaredEuclidean.matrix(new float[0], 0, new float[6], 2, 3).length);
    assertEquals(0, SquaredEuclidean.matrix(new float[6], 2, new float[0], 0, 3).length);
  }

  @Test
  void rejectsBadInput() {
    assertEquals("a has 30 values, expected n*d = 32",
        assertThrows(IllegalArgumentException.class,
            () -> SquaredEuclidean.matrix(new float[30], 16, new float[4], 2, 2)).getMessage());
    assertEquals("b has 5 values, expected m*d = 4",
        assertThrows(IllegalArgumentException.class,
            () -> SquaredEuclidean.matrix(new float[4], 2, new float[5], 2, 2)).getMessage());
    float[] bad = new float[6];
    bad[3] = Float.NaN;
    assertEquals("b[3] is NaN",
        assertThrows(IllegalArgumentException.class,
            () -> SquaredEuclidean.matrix(new float[6], 3, bad, 3, 2)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SquaredEuclidean.matrix(new float[0], 0, new float[0], 0, 0)).getMessage()
        .startsWith("d = 0"));
  }

  @Test
  void gramFormNamesTheNonFiniteEntry() {
    // From d = 16 on the points are checked through their norms; the message is the same.
    int d = 20;
    float[] a = new float[5 * d];
    float[] b = new float[4 * d];
    a[3 * d + 7] = Float.NaN;
    b[2 * d + 1] = Float.POSITIVE_INFINITY;
    assertEquals("a[67] is NaN", assertThrows(IllegalArgumentException.class,
        () -> SquaredEuclidean.matrix(a, 5, b, 4, d)).getMessage());
    a[3 * d + 7] = 1f;
    assertEquals("b[41] is +Infinity", assertThrows(IllegalArgumentException.class,
        () -> SquaredEuclidean.matrix(a, 5, b, 4, d)).getMessage());
    // An empty side skips the Gram form but not the check of the other side.
    assertEquals("b[41] is +Infinity", assertThrows(IllegalArgumentException.class,
        () -> SquaredEuclidean.matrix(new float[0], 0, b, 4, d)).getMessage());
    // Finite but huge entries overflow their norm without being bad input: no exception.
    float[] huge = new float[2 * d];
    huge[0] = 3e19f;
    float[] c = SquaredEuclidean.matrix(huge, 2, new float[2 * d], 2, d);
    assertEquals(Float.POSITIVE_INFINITY, c[0]);
  }
}
