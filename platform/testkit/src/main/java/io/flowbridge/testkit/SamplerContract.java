package io.flowbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Contract every fixed-step {@link Sampler} must satisfy (MATH.md §4), checked on a linear ODE with
 * a time-dependent rate and a closed-form solution:
 *
 * <pre>
 *   dx/dt = (1 + t)·A·x,   A = [[−½, 0, 0], [0, 0, −2], [0, 2, 0]]
 *   x(t)  = exp(θ(t)·A)·x(0),   θ(t) = t + t²/2
 * </pre>
 *
 * (a decay of the first coordinate and a rotation of the other two). The observed order of
 * convergence from {@link #coarseSteps()} and twice as many steps must be within ±0.3 of
 * {@link #expectedOrder()}, forward (0 → 1) and backward (1 → 0), on equal steps and on a graded
 * grid; NFE must be steps × {@code evaluationsPerStep()}; the backward grid must be the forward one
 * reversed; forward then backward must return to the start. Samplers that accept an explicit time
 * grid override {@link #samplerOnGrid} to have it checked too. Extend it:
 *
 * <pre>{@code
 * class Rk4SamplerContractTest extends SamplerContract {
 *   protected Sampler sampler(int steps) { return new Rk4Sampler(new Rk4Options(steps)); }
 *   protected double expectedOrder() { return 4; }
 * }
 * }</pre>
 */
public abstract class SamplerContract {
  static final int DIM = 3;
  static final float[] START = {1.0f, 0.8f, -0.3f, -0.7f, 0.5f, 1.2f};
  static final int ROWS = START.length / DIM;

  /** The sampler under test with {@code steps} steps from t0 to t1. */
  protected abstract Sampler sampler(int steps);

  /** The order p of the method: the global error shrinks like (step size)^p. */
  protected abstract double expectedOrder();

  /**
   * The sampler under test on the explicit grid {@code times} (increasing from 0 to 1, mapped
   * onto [t0, t1]), or null when it has no such option: the explicit-grid tests are then skipped.
   */
  protected Sampler samplerOnGrid(List<Double> times) {
    return null;
  }

  /**
   * The smaller of the two step counts the order is measured with; the defaults keep the error of
   * the test ODE well above float32 rounding and inside the asymptotic regime.
   */
  protected int coarseSteps() {
    // Measured on this ODE: RK4 from 8/16 steps gives order 4.07 (errors 7e-4, 4e-5, far above
    // float32 rounding); Euler needs 64/128 steps to be within 0.05 of order 1. Order 5: 4/8 steps
    // (errors ~1e-4 and ~4e-6; from 8/16 the fine error nears float32 rounding).
    double p = expectedOrder();
    if (p >= 4.5) return 4;
    if (p >= 3.5) return 8;
    if (p >= 2.5) return 12;
    if (p >= 1.5) return 24;
    return 64;
  }

  @ParameterizedTest(name = "steps = {0}")
  @ValueSource(ints = {1, 2, 7})
  void gridRunsFromStartToEndInStepsIntervals(int steps) {
    Sampler s = sampler(steps);
    checkGrid(s.grid(0f, 1f), steps, 0f, 1f);
    checkGrid(s.grid(1f, 0f), steps, 1f, 0f);
    checkGrid(s.grid(0.25f, 0.75f), steps, 0.25f, 0.75f);
  }

  @Test
  void evaluationsPerStepIsPositiveAndCountsEveryCall() {
    int steps = 6;
    Sampler s = sampler(steps);
    assertTrue(s.evaluationsPerStep() >= 1, "evaluationsPerStep() = " + s.evaluationsPerStep());
    AtomicInteger calls = new AtomicInteger();
    integrate(s, 0f, 1f, START, calls);
    assertEquals(steps * s.evaluationsPerStep(), calls.get(),
        "NFE of " + steps + " steps = steps × evaluationsPerStep()");
  }

  @Test
  void constantFieldIsIntegratedExactly() {
    float[] v = {0.5f, -2f, 3f};
    VectorField constant = (tf, x, t) -> tf.math.add(tf.math.mul(x, tf.constant(0f)),
        tf.constant(new float[][] {v}));
    float[] end = GraphHarness.run(tf -> List.of(integrate(tf, sampler(4), constant, 1f, 0.2f,
        GraphHarness.matrix(tf, START, ROWS, DIM)))).get(0).values();
    for (int j = 0; j < START.length; j++) {
      assertEquals(START[j] - 0.8f * v[j % DIM], end[j], 1e-5, "x(0.2) of dx/dt = const, index " + j);
    }
  }

  @Test
  void convergesForwardWithTheExpectedOrder(TestReporter reporter) {
    float[] exact = exact(1.0, START, 0.0);
    int n = coarseSteps();
    double coarse = maxError(integrate(sampler(n), 0f, 1f, START, null), exact);
    double fine = maxError(integrate(sampler(2 * n), 0f, 1f, START, null), exact);
    assertOrder(coarse, fine, n, "forward", reporter);
  }

  @Test
  void convergesBackwardWithTheExpectedOrder(TestReporter reporter) {
    float[] end = exact(1.0, START, 0.0);
    int n = coarseSteps();
    double coarse = maxError(integrate(sampler(n), 1f, 0f, end, null), START);
    double fine = maxError(integrate(sampler(2 * n), 1f, 0f, end, null), START);
    assertOrder(coarse, fine, n, "backward", reporter);
  }

  @Test
  void forwardThenBackwardReturnsToTheStart() {
    int n = 2 * coarseSteps();
    float[] end = integrate(sampler(n), 0f, 1f, START, null);
    float[] back = integrate(sampler(n), 1f, 0f, end, null);
    double forwardError = maxError(end, exact(1.0, START, 0.0));
    double backwardError = maxError(integrate(sampler(n), 1f, 0f, exact(1.0, START, 0.0), null), START);
    double roundTrip = maxError(back, START);
    assertTrue(roundTrip <= 2 * (forwardError + backwardError) + 1e-5,
        "round trip error " + roundTrip + " exceeds the method's error (forward " + forwardError
            + ", backward " + backwardError + ") with " + n + " steps");
  }

  @ParameterizedTest(name = "steps = {0}")
  @ValueSource(ints = {1, 3, 10})
  void backwardGridIsTheForwardGridReversed(int steps) {
    Sampler s = sampler(steps);
    assertArrayEquals(reversed(s.grid(0f, 1f)), s.grid(1f, 0f), 0f, "grid(1, 0) vs grid(0, 1)");
    assertArrayEquals(reversed(s.grid(0.3f, 0.7f)), s.grid(0.7f, 0.3f), 0f, "grid(0.7, 0.3) vs grid(0.3, 0.7)");
  }

  @Test
  void forwardThenBackwardOverASubintervalReturnsToTheStart() {
    int n = 2 * coarseSteps();
    float a = 0.25f;
    float b = 0.75f;
    float[] end = integrate(sampler(n), a, b, START, null);
    float[] back = integrate(sampler(n), b, a, end, null);
    float[] exactEnd = exact(b, START, a);
    double forwardError = maxError(end, exactEnd);
    double backwardError = maxError(integrate(sampler(n), b, a, exactEnd, null), START);
    double roundTrip = maxError(back, START);
    assertTrue(roundTrip <= 2 * (forwardError + backwardError) + 1e-5,
        "round trip over [" + a + ", " + b + "]: error " + roundTrip + " exceeds the method's error (forward "
            + forwardError + ", backward " + backwardError + ") with " + n + " steps");
  }

  @Test
  void explicitGridIsMappedOntoTheInterval() {
    List<Double> times = List.of(0.0, 0.05, 0.125, 0.5, 0.9, 1.0);
    Sampler s = samplerOnGrid(times);
    assumeTrue(s != null, "the sampler has no explicit time grid");
    float[] forward = s.grid(0f, 1f);
    assertEquals(times.size(), forward.length, "one grid point per time");
    for (int k = 0; k < times.size(); k++) {
      assertEquals(times.get(k), forward[k], 1e-7, "grid(0, 1)[" + k + "]");
    }
    assertArrayEquals(reversed(forward), s.grid(1f, 0f), 0f, "grid(1, 0) is grid(0, 1) reversed");
    float[] inner = s.grid(0.2f, 0.6f);
    for (int k = 0; k < times.size(); k++) {
      assertEquals(0.2 + 0.4 * times.get(k), inner[k], 1e-6, "grid(0.2, 0.6)[" + k + "]");
    }
    checkGrid(inner, times.size() - 1, 0.2f, 0.6f);
    assertArrayEquals(reversed(inner), s.grid(0.6f, 0.2f), 0f, "grid(0.6, 0.2) is grid(0.2, 0.6) reversed");
  }

  @Test
  void explicitEqualStepsReproduceTheStepsOption() {
    int n = coarseSteps();
    List<Double> times = new ArrayList<>();
    for (int k = 0; k <= n; k++) times.add((double) k / n);
    Sampler s = samplerOnGrid(times);
    assumeTrue(s != null, "the sampler has no explicit time grid");
    assertArrayEquals(sampler(n).grid(0f, 1f), s.grid(0f, 1f), 0f, n + " explicit equal steps vs steps = " + n);
    assertArrayEquals(integrate(sampler(n), 0f, 1f, START, null), integrate(s, 0f, 1f, START, null), 0f);
  }

  @Test
  void convergesWithTheExpectedOrderOnAGradedGrid(TestReporter reporter) {
    // t_k = (k/n)²: steps grow linearly from 1/n² near t = 0 to ~2/n near t = 1. A smooth map of
    // an equal grid, so the order is unchanged, but only a sampler that uses each h it is given
    // (not one step size) converges.
    int n = coarseSteps();
    Sampler coarse = samplerOnGrid(graded(n));
    assumeTrue(coarse != null, "the sampler has no explicit time grid");
    Sampler fine = samplerOnGrid(graded(2 * n));
    float[] exact = exact(1.0, START, 0.0);
    assertOrder(maxError(integrate(coarse, 0f, 1f, START, null), exact),
        maxError(integrate(fine, 0f, 1f, START, null), exact), n, "graded-grid forward", reporter);
    assertOrder(maxError(integrate(coarse, 1f, 0f, exact, null), START),
        maxError(integrate(fine, 1f, 0f, exact, null), START), n, "graded-grid backward", reporter);
  }

  @Test
  void forwardThenBackwardOnAGradedGridReturnsToTheStart() {
    int n = 2 * coarseSteps();
    Sampler s = samplerOnGrid(graded(n));
    assumeTrue(s != null, "the sampler has no explicit time grid");
    float[] exactEnd = exact(1.0, START, 0.0);
    float[] end = integrate(s, 0f, 1f, START, null);
    double forwardError = maxError(end, exactEnd);
    double backwardError = maxError(integrate(s, 1f, 0f, exactEnd, null), START);
    double roundTrip = maxError(integrate(s, 1f, 0f, end, null), START);
    assertTrue(roundTrip <= 2 * (forwardError + backwardError) + 1e-5,
        "graded-grid round trip error " + roundTrip + " exceeds the method's error (forward " + forwardError
            + ", backward " + backwardError + ") with " + n + " steps");
  }

  /** The graded grid (k/n)², k = 0 … n. */
  private static List<Double> graded(int n) {
    List<Double> times = new ArrayList<>();
    for (int k = 0; k <= n; k++) times.add((double) k * k / ((double) n * n));
    return times;
  }

  private static float[] reversed(float[] grid) {
    float[] out = new float[grid.length];
    for (int k = 0; k < grid.length; k++) out[k] = grid[grid.length - 1 - k];
    return out;
  }

  private void assertOrder(double coarse, double fine, int n, String direction, TestReporter reporter) {
    double observed = Math.log(coarse / fine) / Math.log(2);
    reporter.publishEntry(direction + " order", String.format("%.3f from %d/%d steps (max errors %.3g, %.3g)",
        observed, n, 2 * n, coarse, fine));
    assertEquals(expectedOrder(), observed, 0.3, direction + " order from " + n + " and " + 2 * n
        + " steps (max errors " + coarse + ", " + fine + ")");
  }

  private static void checkGrid(float[] grid, int steps, float t0, float t1) {
    assertEquals(steps + 1, grid.length, "grid(" + t0 + ", " + t1 + ") length for " + steps + " steps");
    assertEquals(t0, grid[0], 0f, "grid starts at t0");
    assertEquals(t1, grid[steps], 0f, "grid ends at t1");
    for (int k = 0; k < steps; k++) {
      assertTrue(Math.signum(grid[k + 1] - grid[k]) == Math.signum(t1 - t0),
          "grid(" + t0 + ", " + t1 + ") is not monotone at index " + k);
    }
  }

  /** Integrates the test ODE from t0 to t1 on the sampler's grid; counts field calls if asked. */
  static float[] integrate(Sampler s, float t0, float t1, float[] start, AtomicInteger calls) {
    VectorField field = (tf, x, t) -> {
      if (calls != null) calls.incrementAndGet();
      return testField(tf, x, t);
    };
    return GraphHarness.run(tf -> List.of(
        integrate(tf, s, field, t0, t1, GraphHarness.matrix(tf, start, start.length / DIM, DIM))))
        .get(0).values();
  }

  static Operand<TFloat32> integrate(Ops tf, Sampler s, VectorField field, float t0, float t1,
      Operand<TFloat32> x) {
    float[] grid = s.grid(t0, t1);
    for (int k = 0; k + 1 < grid.length; k++) {
      x = s.step(tf, field, x, tf.constant(grid[k]), tf.constant(grid[k + 1] - grid[k]));
    }
    return x;
  }

  /** v(x, t) = (1 + t)·A·x for rows x, i.e. (1 + t)·x·Aᵀ. */
  static Operand<TFloat32> testField(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
    Operand<TFloat32> aTransposed =
        tf.constant(new float[][] {{-0.5f, 0f, 0f}, {0f, 0f, 2f}, {0f, -2f, 0f}});
    return tf.math.mul(tf.linalg.matMul(x, aTransposed), tf.math.add(tf.constant(1f), t));
  }

  /** The exact solution at time {@code t} of the ODE started from {@code start} at time {@code s}. */
  static float[] exact(double t, float[] start, double s) {
    double theta = (t + t * t / 2) - (s + s * s / 2);
    double decay = Math.exp(-0.5 * theta);
    double c = Math.cos(2 * theta);
    double sn = Math.sin(2 * theta);
    float[] out = new float[start.length];
    for (int i = 0; i < start.length / DIM; i++) {
      int r = i * DIM;
      out[r] = (float) (decay * start[r]);
      out[r + 1] = (float) (c * start[r + 1] - sn * start[r + 2]);
      out[r + 2] = (float) (sn * start[r + 1] + c * start[r + 2]);
    }
    return out;
  }

  static double maxError(float[] a, float[] b) {
    assertArrayEquals(new int[] {b.length}, new int[] {a.length}, "state size");
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      assertTrue(Float.isFinite(a[i]), "state is not finite at index " + i);
      worst = Math.max(worst, Math.abs((double) a[i] - b[i]));
    }
    return worst;
  }
}
