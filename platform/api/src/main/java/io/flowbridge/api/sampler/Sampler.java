package io.flowbridge.api.sampler;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A fixed-step solver of dx/dt = v(x, t) (MATH.md §4). The core builds {@link #step} into the
 * graph for each interval of {@link #grid} and runs blocks of steps in one {@code Session.run},
 * so the state stays on the device between steps.
 */
public interface Sampler {
  /** The times at which the state is computed, from {@code t0} to {@code t1} inclusive. */
  float[] grid(float t0, float t1);

  /**
   * Builds one step: the state at {@code t + h} from the state {@code x} at time {@code t}
   * ({@code h} may be negative for backward integration). {@code t} and {@code h} are scalars.
   */
  Operand<TFloat32> step(Ops tf, VectorField field, Operand<TFloat32> x, Operand<TFloat32> t,
      Operand<TFloat32> h);

  /** Number of vector-field evaluations per step (NFE = steps × this). */
  int evaluationsPerStep();
}
