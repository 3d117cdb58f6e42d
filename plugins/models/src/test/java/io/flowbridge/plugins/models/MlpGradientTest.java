package io.flowbridge.plugins.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * TensorFlow's graph gradients exist for every op the MLP uses (ConcatV2, MatMul, Add and each
 * activation: Selu, Sigmoid·Mul for SiLU, Relu, Tanh) and agree with central finite differences
 * of the loss, for weights fed by x, by t, and for the output bias.
 */
class MlpGradientTest {
  private static final int D = 2;
  private static final int B = 16;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"selu", "silu", "relu", "tanh"})
  void gradientsOfTheLossExistForEveryVariableAndMatchFiniteDifferences(String activation) {
    SplittableRandom data = new SplittableRandom(99);
    float[] x = normal(data, B * D);
    float[] t = new float[B];
    for (int i = 0; i < B; i++) t[i] = (float) data.nextDouble();
    float[] target = normal(data, B * D);
    try (ModelSession m = new ModelSession(new MlpOptions(List.of(12, 10), activation), D, 4)) {
      Operand<TFloat32> v = m.net.apply(m.tf, m.matrix(x, B, D), m.matrix(t, B, 1));
      Operand<TFloat32> loss = m.tf.math.mean(m.tf.math.square(m.tf.math.sub(v, m.matrix(target, B, D))),
          m.tf.constant(new int[] {0, 1}));
      List<Variable<TFloat32>> vars = m.net.trainableVariables();
      List<Output<?>> grads = m.tf.gradients(loss, vars).dy();
      assertEquals(vars.size(), grads.size(), "one gradient per trainable variable");

      List<float[]> g = new ArrayList<>();
      for (int i = 0; i < vars.size(); i++) {
        assertArrayEquals(vars.get(i).shape().asArray(), m.shapeOf(grads.get(i)), "gradient shape " + i);
        float[] gi = m.fetch(grads.get(i));
        double norm = 0;
        for (float value : gi) {
          assertTrue(Float.isFinite(value), activation + ": gradient of variable " + i + " not finite");
          norm += value * value;
        }
        assertTrue(norm > 0, activation + ": gradient of variable " + i + " is identically zero");
        g.add(gi);
      }

      Perturbation w0 = new Perturbation(m, vars.get(0));
      Perturbation bOut = new Perturbation(m, vars.get(vars.size() - 1));
      int width = (int) vars.get(0).shape().size(1);
      // The largest-gradient weight reading x, the one reading t (row D of w0), the output bias 0.
      int fromX = argMaxAbs(g.get(0), 0, D * width);
      int fromT = argMaxAbs(g.get(0), D * width, (D + 1) * width);
      check(activation + " w0[" + fromX + "] (input x)", w0, fromX, g.get(0)[fromX], loss, m);
      check(activation + " w0[" + fromT + "] (input t)", w0, fromT, g.get(0)[fromT], loss, m);
      check(activation + " b_out[0]", bOut, 0, g.get(vars.size() - 1)[0], loss, m);
    }
  }

  private static void check(String what, Perturbation p, int index, float autodiff,
      Operand<TFloat32> loss, ModelSession m) {
    // Small enough that no pre-activation crosses 0, where SELU's and ReLU's slopes jump; large
    // enough that float32 rounding of the loss (~1e-7) stays far below the tolerance.
    float h = 2e-3f;
    float[] original = m.fetch(p.variable);
    float[] shifted = original.clone();
    shifted[index] = original[index] + h;
    p.set(shifted);
    double up = m.fetch(loss)[0];
    shifted[index] = original[index] - h;
    p.set(shifted);
    double down = m.fetch(loss)[0];
    p.set(original);
    double fd = (up - down) / (2 * h);
    assertEquals(fd, autodiff, 5e-3 * Math.abs(fd) + 2e-4, what + ": autodiff vs central difference");
  }

  /** Writes new values into one variable through an Assign fed from a placeholder. */
  private static final class Perturbation {
    final Variable<TFloat32> variable;
    final Placeholder<TFloat32> value;
    final Assign<TFloat32> assign;
    final ModelSession m;

    Perturbation(ModelSession m, Variable<TFloat32> variable) {
      this.m = m;
      this.variable = variable;
      this.value = m.tf.placeholder(TFloat32.class, Placeholder.shape(variable.shape()));
      this.assign = m.tf.assign(variable, value);
    }

    void set(float[] values) {
      Session s = m.session();
      try (Tensor tensor = TFloat32.tensorOf(variable.shape(), DataBuffers.of(values, true, false));
          Result r = s.runner().feed(value, tensor).fetch(assign).run()) {
        // the fetched value is the variable after assignment; closing the result releases it
      }
    }
  }

  private static int argMaxAbs(float[] values, int from, int to) {
    int best = from;
    for (int i = from; i < to; i++) if (Math.abs(values[i]) > Math.abs(values[best])) best = i;
    return best;
  }

  private static float[] normal(SplittableRandom random, int n) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) out[i] = (float) random.nextGaussian();
    return out;
  }
}
