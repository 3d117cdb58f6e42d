package io.flowbridge.core.metric;

import io.flowbridge.api.sampler.VectorField;
import io.flowbridge.core.sample.GuidedField;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Evaluates a vector field at given states and a time, for metrics along trajectories. A
 * class-conditional field runs on the state {@code [x (d), y (1)]} (the label rides along, see
 * {@code GuidedField}): {@link #labelled} probes it at x for given labels and returns the x part.
 */
public final class VelocityProbe {
  private final Session session;
  private final Placeholder<TFloat32> x;
  private final Placeholder<TFloat32> t;
  private final Operand<TFloat32> v;
  private final boolean withLabel;

  private VelocityProbe(Ops tf, Session session, VectorField field, int stateDim, boolean withLabel) {
    this.session = session;
    this.withLabel = withLabel;
    this.x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, stateDim)));
    this.t = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    this.v = field.velocity(tf, x, t);
  }

  public VelocityProbe(Ops tf, Session session, VectorField field, int dim) {
    this(tf, session, field, dim, false);
  }

  /** A probe of a class-conditional field on {@code [x, y]} states of {@code dim + 1} values. */
  public static VelocityProbe labelled(Ops tf, Session session, VectorField field, int dim) {
    return new VelocityProbe(tf, session, field, dim + 1, true);
  }

  /** v(x, t) for {@code n} states (unconditional probes). */
  public float[] at(float[] states, int n, int dim, float time) {
    if (withLabel) throw new IllegalStateException("a class-conditional probe needs the labels");
    return run(states, n, dim, time);
  }

  /** v(x, t | y) for {@code n} states x and their labels (class-conditional probes). */
  public float[] at(float[] states, int[] labels, int n, int dim, float time) {
    if (!withLabel) return at(states, n, dim, time);
    float[] z = GuidedField.withLabels(states, labels, n, dim);
    return GuidedField.withoutLabels(run(z, n, dim + 1, time), n, dim);
  }

  private float[] run(float[] states, int n, int width, float time) {
    float[] out = new float[n * width];
    try (TFloat32 xs = TFloat32.tensorOf(Shape.of(n, width), DataBuffers.of(states, true, false));
        TFloat32 ts = TFloat32.scalarOf(time);
        Result r = session.runner().feed(x, xs).feed(t, ts).fetch(v).run()) {
      ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(out);
    }
    return out;
  }
}
