package io.flowbridge.core.sample;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.sampler.AdaptiveSampler;
import io.flowbridge.api.sampler.EmbeddedStep;
import io.flowbridge.api.sampler.StepControl;
import io.flowbridge.api.sampler.VectorField;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Runs an adaptive solver: the trial step and its scaled error norm are one graph, the step-size
 * controller of {@link StepControl} runs on the host, one {@code Session.run} per trial step.
 */
public final class AdaptiveGraph {
  private final AdaptiveSampler sampler;
  private final Placeholder<TFloat32> x;
  private final Placeholder<TFloat32> t;
  private final Placeholder<TFloat32> h;
  private final Operand<TFloat32> next;
  private final Operand<TFloat32> errorNorm;

  private AdaptiveGraph(AdaptiveSampler sampler, Placeholder<TFloat32> x, Placeholder<TFloat32> t,
      Placeholder<TFloat32> h, Operand<TFloat32> next, Operand<TFloat32> errorNorm) {
    this.sampler = sampler;
    this.x = x;
    this.t = t;
    this.h = h;
    this.next = next;
    this.errorNorm = errorNorm;
  }

  static AdaptiveGraph build(Ops tf, AdaptiveSampler sampler, VectorField field, int dim) {
    StepControl c = sampler.control();
    Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, dim)));
    Placeholder<TFloat32> t = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    Placeholder<TFloat32> h = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    EmbeddedStep step = sampler.trial(tf, field, x, t, h);
    Operand<TFloat32> scale = tf.math.add(tf.constant((float) c.atol()),
        tf.math.mul(tf.constant((float) c.rtol()), tf.math.maximum(tf.math.abs(x), tf.math.abs(step.next()))));
    Operand<TFloat32> ratio = tf.math.div(step.error(), scale);
    Operand<TFloat32> norm = tf.math.sqrt(tf.math.mean(tf.math.square(ratio), tf.constant(new int[] {0, 1})));
    return new AdaptiveGraph(sampler, x, t, h, step.next(), norm);
  }

  Solution integrate(Session session, float[] start, int count, int dim, float t0, float t1, boolean trajectory) {
    StepControl c = sampler.control();
    float span = t1 - t0;
    float direction = Math.signum(span);
    double step = c.initialStep() > 0 ? c.initialStep() * direction : initialStep(c, span);
    double time = t0;
    float[] state = start.clone();
    int accepted = 0, rejected = 0;
    List<Float> times = new ArrayList<>();
    List<float[]> states = new ArrayList<>();
    if (trajectory) {
      times.add(t0);
      states.add(state.clone());
    }
    double exponent = -1.0 / (c.order() + 1);
    while (direction * (t1 - time) > 1e-7) {
      if (accepted + rejected >= c.maxSteps()) {
        throw new FlowbridgeException("adaptive solver: reached maxSteps = " + c.maxSteps() + " at t = " + time
            + " (rtol " + c.rtol() + ", atol " + c.atol() + "); loosen the tolerances or raise maxSteps");
      }
      if (direction * (time + step - t1) > 0) step = t1 - time;
      float[] proposal = new float[state.length];
      double err;
      try (TFloat32 xs = TFloat32.tensorOf(Shape.of(count, dim), DataBuffers.of(state, true, false));
          TFloat32 ts = TFloat32.scalarOf((float) time);
          TFloat32 hs = TFloat32.scalarOf((float) step);
          Result r = session.runner().feed(x, xs).feed(t, ts).feed(h, hs).fetch(next).fetch(errorNorm).run()) {
        ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(proposal);
        err = ((TFloat32) r.get(1)).getFloat();
      }
      if (!Double.isFinite(err)) {
        throw new FlowbridgeException("adaptive solver: the state became non-finite at t = " + time + " with step " + step);
      }
      if (err <= 1) {
        time += step;
        state = proposal;
        accepted++;
        if (trajectory) {
          times.add((float) time);
          states.add(state.clone());
        }
      } else {
        rejected++;
      }
      double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, exponent)));
      step *= factor;
      if (Math.abs(step) < 1e-9) {
        throw new FlowbridgeException("adaptive solver: step size underflow at t = " + time + "; the field may be stiff or non-finite");
      }
    }
    float[] ts = null;
    float[][] ss = null;
    if (trajectory) {
      ts = new float[times.size()];
      for (int i = 0; i < ts.length; i++) ts[i] = times.get(i);
      ss = states.toArray(new float[0][]);
    }
    return new Solution(state, (accepted + rejected) * sampler.evaluationsPerTrial(), accepted, rejected, ts, ss);
  }

  /** A first step from the tolerances: about (rtol)^(1/(order+1)) of the span, at most a tenth of it. */
  private static double initialStep(StepControl c, float span) {
    double fraction = Math.min(0.1, Math.pow(Math.max(c.rtol(), 1e-12), 1.0 / (c.order() + 1)));
    return span * fraction;
  }
}
