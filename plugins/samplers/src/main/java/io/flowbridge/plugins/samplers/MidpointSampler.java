package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The explicit midpoint method (MATH.md §4), on {@code steps} equal steps or an explicit time grid:
 *
 * <pre>
 *   k1 = v(x, t)    x ← x + h·v(x + h/2·k1, t + h/2)
 * </pre>
 *
 * Second order, two evaluations of the vector field per step.
 */
public final class MidpointSampler implements Sampler {
  private final int steps;
  private final List<Double> times;

  public MidpointSampler(MidpointOptions options) {
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
    Operand<TFloat32> k1 = field.velocity(tf, x, t);
    Operand<TFloat32> k2 = field.velocity(tf, tf.math.add(x, tf.math.mul(half, k1)), tf.math.add(t, half));
    return tf.math.add(x, tf.math.mul(h, k2));
  }

  @Override
  public int evaluationsPerStep() {
    return 2;
  }
}
