package io.flowbridge.plugins.samplers;

import io.flowbridge.api.sampler.AdaptiveSampler;
import io.flowbridge.api.sampler.EmbeddedStep;
import io.flowbridge.api.sampler.StepControl;
import io.flowbridge.api.sampler.VectorField;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The Dormand–Prince 5(4) embedded Runge–Kutta pair (MATH.md §4; Dormand &amp; Prince 1980,
 * Hairer–Nørsett–Wanner I, table II.5.2). Stages {@code k_i = v(x + h·Σ_j a_ij·k_j, t + c_i·h)};
 * the fifth-order solution {@code x + h·Σ b_i·k_i} is propagated, and
 * {@code h·Σ (b_i − b*_i)·k_i}, its difference to the fourth-order one, drives the core's
 * step-size controller ({@link #control()}, with order 4).
 *
 * <p>{@link #step} is one plain fifth-order step (six evaluations: {@code b_7 = 0}), so on the
 * fixed grid of {@link #grid} it is a fixed-step method of order 5. {@link #trial} also needs
 * {@code k_7 = v(x_next, t + h)} for the error estimate: seven evaluations per trial step, since
 * the graph of one trial cannot hand {@code k_7} on as the next trial's {@code k_1}.
 */
public final class Dopri5Sampler implements AdaptiveSampler {
  private static final float[] C = {0f, 1f / 5, 3f / 10, 4f / 5, 8f / 9, 1f, 1f};
  private static final float[][] A = {
      {},
      {1f / 5},
      {3f / 40, 9f / 40},
      {44f / 45, -56f / 15, 32f / 9},
      {19372f / 6561, -25360f / 2187, 64448f / 6561, -212f / 729},
      {9017f / 3168, -355f / 33, 46732f / 5247, 49f / 176, -5103f / 18656},
      {35f / 384, 0f, 500f / 1113, 125f / 192, -2187f / 6784, 11f / 84}};
  /** Fifth-order weights (the last row of A; the weight of k_7 is 0). */
  private static final float[] B = A[6];
  /** b − b*: fifth- minus fourth-order weights, computed exactly in the rationals. */
  private static final float[] E = {71f / 57600, 0f, -71f / 16695, 71f / 1920, -17253f / 339200,
      22f / 525, -1f / 40};

  private final StepControl control;
  private final int steps;
  private final List<Double> times;

  public Dopri5Sampler(Dopri5Options options) {
    this.control = new StepControl(options.rtol(), options.atol(), options.maxSteps(), 4, options.initialStep());
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
    return fifthOrder(tf, x, h, stages(tf, field, x, t, h));
  }

  @Override
  public EmbeddedStep trial(Ops tf, VectorField field, Operand<TFloat32> x, Operand<TFloat32> t,
      Operand<TFloat32> h) {
    List<Operand<TFloat32>> k = stages(tf, field, x, t, h);
    Operand<TFloat32> next = fifthOrder(tf, x, h, k);
    k.add(field.velocity(tf, next, tf.math.add(t, h)));
    return new EmbeddedStep(next, tf.math.mul(h, combination(tf, E, k)));
  }

  @Override
  public StepControl control() {
    return control;
  }

  /** Evaluations of {@link #step}; a {@link #trial} step takes one more. */
  @Override
  public int evaluationsPerStep() {
    return 6;
  }

  /** k_1 … k_7: the error estimate needs the stage at the new point. */
  @Override
  public int evaluationsPerTrial() {
    return 7;
  }

  /** The stages k_1 … k_6 (a mutable list, so a trial step can append k_7). */
  private static List<Operand<TFloat32>> stages(Ops tf, VectorField field, Operand<TFloat32> x,
      Operand<TFloat32> t, Operand<TFloat32> h) {
    List<Operand<TFloat32>> k = new ArrayList<>();
    k.add(field.velocity(tf, x, t));
    for (int i = 1; i < 6; i++) {
      Operand<TFloat32> xi = tf.math.add(x, tf.math.mul(h, combination(tf, A[i], k)));
      Operand<TFloat32> ti = tf.math.add(t, tf.math.mul(tf.constant(C[i]), h));
      k.add(field.velocity(tf, xi, ti));
    }
    return k;
  }

  private static Operand<TFloat32> fifthOrder(Ops tf, Operand<TFloat32> x, Operand<TFloat32> h,
      List<Operand<TFloat32>> k) {
    return tf.math.add(x, tf.math.mul(h, combination(tf, B, k)));
  }

  /** Σ w_j·k_j over the nonzero weights (every row of the tableau has at least one). */
  private static Operand<TFloat32> combination(Ops tf, float[] w, List<Operand<TFloat32>> k) {
    Operand<TFloat32> sum = null;
    for (int j = 0; j < w.length; j++) {
      if (w[j] == 0f) continue;
      Operand<TFloat32> term = tf.math.mul(tf.constant(w[j]), k.get(j));
      sum = sum == null ? term : tf.math.add(sum, term);
    }
    return sum;
  }
}
