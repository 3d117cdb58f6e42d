package io.flowbridge.plugins.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The MLP's forward pass against a host computation from its own weights, its variables (shapes,
 * flat names, seeded initialisation) and its handling of scalar times.
 */
class MlpModelTest {
  private static final double SELU_ALPHA = 1.6732632423543772;
  private static final double SELU_SCALE = 1.0507009873554805;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"selu", "silu", "relu", "tanh"})
  void forwardPassMatchesAHostComputation(String activation) {
    int d = 2;
    int b = 3;
    float[] x = {0.5f, -1f, 2f, 0.3f, -0.7f, -1.5f};
    float[] t = {0.1f, 0.5f, 0.9f};
    try (ModelSession m = new ModelSession(new MlpOptions(List.of(5, 4), activation), d, 7)) {
      Operand<TFloat32> v = m.net.apply(m.tf, m.matrix(x, b, d), m.matrix(t, b, 1));
      float[] out = m.fetch(v);
      List<Variable<TFloat32>> vars = m.net.trainableVariables();
      for (int i = 0; i < b; i++) {
        double[] h = {x[i * d], x[i * d + 1], t[i]};
        for (int layer = 0; layer < 3; layer++) {
          float[] w = m.fetch(vars.get(2 * layer));
          float[] bias = m.fetch(vars.get(2 * layer + 1));
          double[] next = new double[bias.length];
          for (int o = 0; o < bias.length; o++) {
            double s = bias[o];
            for (int k = 0; k < h.length; k++) s += h[k] * w[k * bias.length + o];
            next[o] = layer < 2 ? activate(activation, s) : s;
          }
          h = next;
        }
        for (int k = 0; k < d; k++) {
          assertEquals(h[k], out[i * d + k], 1e-5 * (1 + Math.abs(h[k])), activation + " v[" + i + "," + k + "]");
        }
      }
    }
  }

  private static double activate(String name, double s) {
    return switch (name) {
      case "selu" -> SELU_SCALE * (s > 0 ? s : SELU_ALPHA * (Math.exp(s) - 1));
      case "silu" -> s / (1 + Math.exp(-s));
      case "relu" -> Math.max(0, s);
      default -> Math.tanh(s);
    };
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 5})
  void outputHasTheShapeOfTheStateAndVariablesAreListedLayerByLayer(int d) {
    try (ModelSession m = new ModelSession(new MlpOptions(List.of(8, 6, 4), "selu"), d, 1)) {
      float[] x = new float[7 * d];
      float[] t = new float[7];
      assertArrayEquals(new long[] {7, d}, m.shapeOf(m.net.apply(m.tf, m.matrix(x, 7, d), m.matrix(t, 7, 1))));
      List<Variable<TFloat32>> vars = m.net.trainableVariables();
      long[][] shapes = {{d + 1, 8}, {8}, {8, 6}, {6}, {6, 4}, {4}, {4, d}, {d}};
      assertEquals(shapes.length, vars.size(), "one weight and one bias per layer");
      for (int i = 0; i < shapes.length; i++) {
        assertArrayEquals(shapes[i], vars.get(i).shape().asArray(), "shape of variable " + i);
        String name = vars.get(i).op().name();
        assertEquals("mlp_" + (i % 2 == 0 ? "w" : "b") + i / 2, name);
        assertFalse(name.contains("/"), name);
      }
    }
  }

  @Test
  void aScalarTimeIsBroadcastToEveryRow() {
    float[] x = {0.5f, -1f, 2f, 0.3f};
    try (ModelSession m = new ModelSession(new MlpOptions(List.of(16), "silu"), 2, 3)) {
      float[] scalar = m.fetch(m.net.apply(m.tf, m.matrix(x, 2, 2), m.tf.constant(0.4f)));
      float[] column = m.fetch(m.net.apply(m.tf, m.matrix(x, 2, 2), m.matrix(new float[] {0.4f, 0.4f}, 2, 1)));
      assertArrayEquals(column, scalar, 0f);
    }
  }

  @Test
  void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
    float[] a = firstWeights(11);
    assertArrayEquals(a, firstWeights(11), 0f);
    assertFalse(java.util.Arrays.equals(a, firstWeights(12)));
  }

  private static float[] firstWeights(long seed) {
    try (ModelSession m = new ModelSession(new MlpOptions(List.of(32, 32), "selu"), 2, seed)) {
      return m.fetch(m.net.trainableVariables().get(2));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"selu", "silu", "relu", "tanh"})
  void weightsHaveTheInitialisationsVarianceAndBiasesStartAtZero(String activation) {
    int width = 256;
    try (ModelSession m = new ModelSession(new MlpOptions(List.of(width, width), activation), 2, 5)) {
      List<Variable<TFloat32>> vars = m.net.trainableVariables();
      float[] w = m.fetch(vars.get(2));
      double sumSq = 0;
      for (float v : w) sumSq += v * v;
      double variance = sumSq / w.length;
      double expected = switch (activation) {
        case "selu" -> 1.0 / width;
        case "relu" -> 2.0 / width;
        default -> 2.0 / (width + width);
      };
      // 65536 draws: the sample variance is within a few percent of the target.
      assertEquals(expected, variance, 0.05 * expected, activation + " hidden weight variance");
      for (int i = 1; i < vars.size(); i += 2) {
        for (float bias : m.fetch(vars.get(i))) assertEquals(0f, bias, 0f, "bias " + i / 2);
      }
    }
  }

  @Test
  void twoNetworksOnOneGraphHaveSeparateVariables() {
    try (ModelSession m = new ModelSession(new MlpOptions(List.of(4), "tanh"), 2, 1)) {
      var second = new MlpModel(new MlpOptions(List.of(4), "tanh")).build(m.tf, 2, new SplittableRandom(2));
      String first = m.net.trainableVariables().get(0).op().name();
      String other = second.trainableVariables().get(0).op().name();
      assertNotEquals(first, other);
      assertFalse(other.contains("/"), other);
      assertTrue(m.fetch(second.trainableVariables().get(0)).length == 12);
    }
  }
}
