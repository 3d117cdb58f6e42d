package io.flowbridge.core.metric;

import io.flowbridge.api.sampler.VectorField;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Evaluates a vector field at given states and a time, for metrics along trajectories. */
public final class VelocityProbe {
  private final Session session;
  private final Placeholder<TFloat32> x;
  private final Placeholder<TFloat32> t;
  private final Operand<TFloat32> v;

  public VelocityProbe(Ops tf, Session session, VectorField field, int dim) {
    this.session = session;
    this.x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, dim)));
    this.t = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    this.v = field.velocity(tf, x, t);
  }

  /** v(x, t) for {@code n} states. */
  public float[] at(float[] states, int n, int dim, float time) {
    float[] out = new float[n * dim];
    try (TFloat32 xs = TFloat32.tensorOf(Shape.of(n, dim), DataBuffers.of(states, true, false));
        TFloat32 ts = TFloat32.scalarOf(time);
        Result r = session.runner().feed(x, xs).feed(t, ts).fetch(v).run()) {
      ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(out);
    }
    return out;
  }
}
