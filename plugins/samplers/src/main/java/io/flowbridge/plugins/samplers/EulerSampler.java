package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The explicit Euler method (MATH.md §4): x ← x + h·v(x, t), on {@code steps} equal steps or an
 * explicit time grid. First order, one evaluation of the vector field per step.
 */
public final class EulerSampler implements Sampler {
  private final int steps;
  private final List<Double> times;

  public EulerSampler(EulerOptions options) {
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
    return tf.math.add(x, tf.math.mul(h, field.velocity(tf, x, t)));
  }

  @Override
  public int evaluationsPerStep() {
    return 1;
  }
}
