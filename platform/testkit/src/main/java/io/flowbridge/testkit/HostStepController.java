package io.flowbridge.testkit;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.sampler.AdaptiveSampler;
import io.flowbridge.api.sampler.EmbeddedStep;
import io.flowbridge.api.sampler.StepControl;
import io.flowbridge.api.sampler.VectorField;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A small host-side reference of the step-size controller the core runs for an
 * {@link AdaptiveSampler} (MATH.md §4, {@link StepControl}): one {@code Session.run} per trial
 * step of a graph built once on placeholders for x, t and h. A trial is accepted when
 * {@code err = sqrt(mean((error / (atol + rtol·max(|x|, |x_next|)))²)) ≤ 1}, and the next step is
 * {@code h·clamp(0.9·err^(−1/(order+1)), 0.2, 5)}; the last step is shortened to end exactly at
 * t1. The automatic first step ({@code initialStep = 0}) is the usual starting-step heuristic of
 * Hairer, Nørsett &amp; Wanner (I, §II.4), which costs two evaluations of the field.
 */
public final class HostStepController {
  private HostStepController() {}

  /** The state at t1 and how many trial steps were accepted and rejected. */
  public record Outcome(float[] state, int accepted, int rejected) {}

  /**
   * Integrates {@code field} from {@code t0} to {@code t1} (either direction) starting from
   * {@code start} ({@code rows × dim}, row-major) with {@code sampler}'s trial steps under
   * {@code control}; fails with a {@link FlowbridgeException} after {@code control.maxSteps()}
   * trials.
   */
  public static Outcome integrate(AdaptiveSampler sampler, StepControl control, VectorField field,
      float[] start, int rows, int dim, float t0, float t1) {
    try (Graph graph = new Graph(); Session session = new Session(graph)) {
      Ops tf = Ops.create(graph);
      Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(rows, dim)));
      Placeholder<TFloat32> t = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
      Placeholder<TFloat32> h = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
      EmbeddedStep trial = sampler.trial(tf, field, x, t, h);
      Operand<TFloat32> velocity = control.initialStep() > 0 ? null : field.velocity(tf, x, t);
      Feeds feeds = new Feeds(session, x, t, h, rows, dim);

      double span = (double) t1 - t0;
      double direction = Math.signum(span);
      float[] state = start.clone();
      double time = t0;
      double step = control.initialStep() > 0
          ? Math.min(control.initialStep(), Math.abs(span))
          : initialStep(feeds, velocity, control, state, t0, direction, Math.abs(span));
      int accepted = 0;
      int rejected = 0;
      while (span != 0) {
        if (accepted + rejected >= control.maxSteps()) {
          throw new FlowbridgeException("adaptive integration from " + t0 + " to " + t1 + " did not finish in maxSteps = "
              + control.maxSteps() + " trial steps (" + accepted + " accepted, " + rejected + " rejected, t = " + time + ")");
        }
        double remaining = Math.abs(t1 - time);
        boolean last = 1.01 * step >= remaining;
        double h0 = direction * (last ? remaining : step);
        float[][] out = feeds.run(state, (float) time, (float) h0, trial.next(), trial.error());
        double err = errorNorm(state, out[0], out[1], control);
        if (err <= 1) {
          state = out[0];
          accepted++;
          time = last ? t1 : time + h0;
          if (last) break;
        } else {
          rejected++;
        }
        double factor = err == 0 ? 5
            : Double.isNaN(err) ? 0.2
            : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, -1.0 / (control.order() + 1))));
        step = Math.abs(h0) * factor;
      }
      return new Outcome(state, accepted, rejected);
    }
  }

  /** sqrt(mean((error / (atol + rtol·max(|x|, |x_next|)))²)) over every entry of the batch. */
  static double errorNorm(float[] x, float[] next, float[] error, StepControl control) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double scale = control.atol() + control.rtol() * Math.max(Math.abs(x[i]), Math.abs(next[i]));
      double q = error[i] / scale;
      sum += q * q;
    }
    return Math.sqrt(sum / x.length);
  }

  /** Hairer–Nørsett–Wanner's starting step, capped at the interval length. */
  private static double initialStep(Feeds feeds, Operand<TFloat32> velocity, StepControl control, float[] x0,
      float t0, double direction, double span) {
    float[] f0 = feeds.run(x0, t0, 0f, velocity)[0];
    double d0 = 0;
    double d1 = 0;
    for (int i = 0; i < x0.length; i++) {
      double scale = control.atol() + control.rtol() * Math.abs(x0[i]);
      d0 += sq(x0[i] / scale);
      d1 += sq(f0[i] / scale);
    }
    d0 = Math.sqrt(d0 / x0.length);
    d1 = Math.sqrt(d1 / x0.length);
    double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
    h0 = Math.min(h0, span);
    float[] x1 = new float[x0.length];
    for (int i = 0; i < x0.length; i++) x1[i] = (float) (x0[i] + direction * h0 * f0[i]);
    float[] f1 = feeds.run(x1, (float) (t0 + direction * h0), 0f, velocity)[0];
    double d2 = 0;
    for (int i = 0; i < x0.length; i++) {
      double scale = control.atol() + control.rtol() * Math.abs(x0[i]);
      d2 += sq((f1[i] - f0[i]) / scale);
    }
    d2 = Math.sqrt(d2 / x0.length) / h0;
    double worst = Math.max(d1, d2);
    double h1 = worst <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / worst, 1.0 / (control.order() + 1));
    return Math.min(Math.min(100 * h0, h1), span);
  }

  private static double sq(double v) {
    return v * v;
  }

  /** Runs the controller's graph with x, t and h fed; closes every tensor it makes. */
  private record Feeds(Session session, Placeholder<TFloat32> x, Placeholder<TFloat32> t, Placeholder<TFloat32> h,
      int rows, int dim) {
    @SafeVarargs
    final float[][] run(float[] state, float time, float step, Operand<TFloat32>... fetches) {
      try (TFloat32 xs = TFloat32.tensorOf(Shape.of(rows, dim), DataBuffers.of(state, true, false));
          TFloat32 ts = TFloat32.scalarOf(time);
          TFloat32 hs = TFloat32.scalarOf(step)) {
        Session.Runner runner = session.runner().feed(x, xs).feed(t, ts).feed(h, hs);
        for (Operand<TFloat32> f : fetches) runner.fetch(f);
        float[][] out = new float[fetches.length][];
        try (Result result = runner.run()) {
          for (int i = 0; i < fetches.length; i++) {
            out[i] = new float[rows * dim];
            result.get(i).asRawTensor().data().asFloats().read(out[i]);
          }
        }
        return out;
      }
    }
  }
}
