package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The classical fourth-order Runge–Kutta method (MATH.md §4), on {@code steps} equal steps or an
 * explicit time grid:
 *
 * <pre>
 *   k1 = v(x, t)             k2 = v(x + h/2·k1, t + h/2)
 *   k3 = v(x + h/2·k2, t + h/2)   k4 = v(x + h·k3, t + h)
 *   x ← x + h/6·(k1 + 2·k2 + 2·k3 + k4)
 * </pre>
 *
 * Fourth order, four evaluations of the vector field per step.
 */
public final class Rk4Sampler implements Sampler {
  private final int steps;
  private final List<Double> times;

  public Rk4Sampler(Rk4Options options) {
    this.steps = options.steps();
    this.times = options.times();
  }

  @Override
  public float[] grid(float t0, float t1) {
    return UniformGrid.of(t0, t1, steps, times);
  }

  @Override
  public Operand<TFloat32> step(Ops tf, VectorField field, Operand<TFloat32> x, Operand<TFloat32> t,
      Operand<TFloat32> h) {
    Operand<TFloat32> half = tf.math.mul(h, tf.constant(0.5f));
    Operand<TFloat32> tMid = tf.math.add(t, half);
    Operand<TFloat32> k1 = field.velocity(tf, x, t);
    Operand<TFloat32> k2 = field.velocity(tf, tf.math.add(x, tf.math.mul(half, k1)), tMid);
    Operand<TFloat32> k3 = field.velocity(tf, tf.math.add(x, tf.math.mul(half, k2)), tMid);
    Operand<TFloat32> k4 = field.velocity(tf, tf.math.add(x, tf.math.mul(h, k3)), tf.math.add(t, h));
    Operand<TFloat32> two = tf.constant(2f);
    Operand<TFloat32> sum = tf.math.add(tf.math.add(k1, k4),
        tf.math.mul(two, tf.math.add(k2, k3)));
    return tf.math.add(x, tf.math.mul(tf.math.div(h, tf.constant(6f)), sum));
  }

  @Override
  public int evaluationsPerStep() {
    return 4;
  }
}
