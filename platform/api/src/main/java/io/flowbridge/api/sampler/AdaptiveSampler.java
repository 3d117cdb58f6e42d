package io.flowbridge.api.sampler;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * An adaptive solver (MATH.md §4, e.g. Dormand–Prince 5(4)): the core runs the step-size
 * controller of {@link #control()} on the host, one {@code Session.run} per trial step, and counts
 * accepted and rejected steps. {@link #step} (from {@link Sampler}) remains a plain step of the
 * higher-order method, so the solver also works on a fixed grid.
 */
public interface AdaptiveSampler extends Sampler {
  /** Builds one trial step from {@code x} at time {@code t} with step {@code h} (scalars). */
  EmbeddedStep trial(Ops tf, VectorField field, Operand<TFloat32> x, Operand<TFloat32> t, Operand<TFloat32> h);

  /** Tolerances and limits of the controller. */
  StepControl control();

  /** Vector-field evaluations of one {@link #trial} (NFE = trials × this); by default those of a step. */
  default int evaluationsPerTrial() {
    return evaluationsPerStep();
  }
}
