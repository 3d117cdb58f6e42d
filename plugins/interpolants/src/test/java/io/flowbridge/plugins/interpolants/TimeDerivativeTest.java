package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;

import io.flowbridge.api.interpolant.TimeDerivative;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The API's autodiff helper on functions with known derivatives, including the functions that
 * ignore t (zerosLike, onesLike·σ, a scalar constant), whose derivative must be 0, not an error.
 */
class TimeDerivativeTest {
  private static final float[] T = {0f, 0.2f, 0.5f, 0.95f, 1f};

  @Test
  void differentiatesElementwiseFunctionsOfTime() {
    List<float[]> v = GraphHarness.values(tf -> {
      Operand<TFloat32> t = GraphHarness.matrix(tf, T, T.length, 1);
      return List.of(
          TimeDerivative.of(tf, t, s -> tf.math.mul(s, s)),
          TimeDerivative.of(tf, t, s -> tf.math.cos(tf.math.mul(s, tf.constant((float) Math.PI / 2)))),
          TimeDerivative.of(tf, t, s -> tf.math.sub(tf.constant(1f), s)));
    });
    for (int i = 0; i < T.length; i++) {
      assertEquals(2 * T[i], v.get(0)[i], 1e-6, "d/dt t² at " + T[i]);
      assertEquals(-Math.PI / 2 * Math.sin(Math.PI / 2 * T[i]), v.get(1)[i], 1e-5, "d/dt cos(πt/2) at " + T[i]);
      assertEquals(-1f, v.get(2)[i], 0f, "d/dt (1 − t) at " + T[i]);
    }
  }

  @Test
  void functionsThatIgnoreTimeHaveZeroDerivativeOfTheRightShape() {
    List<float[]> v = GraphHarness.values(tf -> {
      Operand<TFloat32> t = GraphHarness.matrix(tf, T, T.length, 1);
      return List.of(
          TimeDerivative.of(tf, t, tf::zerosLike),
          TimeDerivative.of(tf, t, s -> tf.fill(tf.shape(s), tf.constant(0.3f))),
          TimeDerivative.of(tf, t, s -> tf.constant(0.3f)));
    });
    for (float[] d : v) {
      assertEquals(T.length, d.length, "one derivative per time");
      for (float x : d) assertEquals(0f, x, 0f);
    }
  }

  @Test
  void anOpWithoutAGradientIsNamedInTheError() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> GraphHarness.values(tf -> {
      Operand<TFloat32> t = GraphHarness.matrix(tf, T, T.length, 1);
      return List.of(TimeDerivative.of(tf, t, s -> tf.math.mul(tf.onesLike(s), s)));
    }));
    assertTrue(e.getMessage().contains("OnesLike"), e.getMessage());
  }
}
