package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The explicit Euler method on an evenly spaced grid (MATH.md §4): x ← x + h·v(x, t). First order,
 * one evaluation of the vector field per step.
 */
public final class EulerSampler implements Sampler {
  private final int steps;

  public EulerSampler(EulerOptions options) {
    this.steps = options.steps();
  }

  @Override
  public float[] grid(float t0, float t1) {
    return UniformGrid.of(t0, t1, steps);
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
