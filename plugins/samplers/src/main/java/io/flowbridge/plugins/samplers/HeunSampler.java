package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Heun's method, the explicit trapezoidal rule (MATH.md §4), on {@code steps} equal steps or an
 * explicit time grid:
 *
 * <pre>
 *   k1 = v(x, t)    k2 = v(x + h·k1, t + h)    x ← x + h/2·(k1 + k2)
 * </pre>
 *
 * Second order, two evaluations of the vector field per step.
 */
public final class HeunSampler implements Sampler {
  private final int steps;
  private final List<Double> times;

  public HeunSampler(HeunOptions options) {
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
    Operand<TFloat32> k1 = field.velocity(tf, x, t);
    Operand<TFloat32> k2 = field.velocity(tf, tf.math.add(x, tf.math.mul(h, k1)), tf.math.add(t, h));
    return tf.math.add(x, tf.math.mul(tf.math.mul(h, tf.constant(0.5f)), tf.math.add(k1, k2)));
  }

  @Override
  public int evaluationsPerStep() {
    return 2;
  }
}
