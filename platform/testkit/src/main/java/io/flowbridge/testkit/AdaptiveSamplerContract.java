package io.flowbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.sampler.AdaptiveSampler;
import io.flowbridge.api.sampler.EmbeddedStep;
import io.flowbridge.api.sampler.StepControl;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Contract of an {@link AdaptiveSampler} (MATH.md §4): everything of {@link SamplerContract} for its
 * fixed-step use, and, with the core's controller reproduced on the host by
 * {@link HostStepController}, on the same linear test ODE with a closed-form solution:
 * the error at the end is at most 10·rtol·max|x| forward and backward; tighter tolerances take
 * more steps; a first step that is far too large is rejected and the tolerance still met; the
 * trial's solution is the plain step; the error estimate shrinks like h^(order+1). Accepted and
 * rejected step counts are published with the test report. Extend it:
 *
 * <pre>{@code
 * class Dopri5SamplerContractTest extends AdaptiveSamplerContract {
 *   protected Sampler sampler(int steps) { return new Dopri5Sampler(new Dopri5Options(steps)); }
 *   protected AdaptiveSampler adaptive(double rtol, double atol) { return new Dopri5Sampler(new Dopri5Options(rtol, atol)); }
 *   protected double expectedOrder() { return 5; }
 * }
 * }</pre>
 */
public abstract class AdaptiveSamplerContract extends SamplerContract {
  /** The sampler under test with the given tolerances and its other options at their defaults. */
  protected abstract AdaptiveSampler adaptive(double rtol, double atol);

  @Test
  void controlCarriesTheGivenTolerances() {
    StepControl c = adaptive(1e-4, 1e-6).control();
    assertEquals(1e-4, c.rtol(), 0, "rtol");
    assertEquals(1e-6, c.atol(), 0, "atol");
    assertTrue(c.maxSteps() >= 1, "maxSteps = " + c.maxSteps());
    assertTrue(c.order() >= 1, "order = " + c.order());
    assertTrue(c.initialStep() >= 0, "initialStep = " + c.initialStep());
  }

  @Test
  void trialSolutionIsThePlainStep() {
    AdaptiveSampler s = adaptive(1e-5, 1e-5);
    List<GraphHarness.Fetched> out = GraphHarness.run(tf -> {
      Operand<TFloat32> x = GraphHarness.matrix(tf, START, ROWS, DIM);
      EmbeddedStep trial = s.trial(tf, SamplerContract::testField, x, tf.constant(0.3f), tf.constant(0.2f));
      return List.of(trial.next(), s.step(tf, SamplerContract::testField, x, tf.constant(0.3f), tf.constant(0.2f)),
          trial.error());
    });
    assertTrue(maxError(out.get(0).values(), out.get(1).values()) <= 1e-6, "trial().next() differs from step()");
    assertEquals(START.length, out.get(2).values().length, "error has the shape of the state");
  }

  @Test
  void errorEstimateShrinksLikeTheLocalErrorOfTheLowerOrder(TestReporter reporter) {
    // The difference of an embedded pair of orders p+1 and p is a local error of order p+1.
    AdaptiveSampler s = adaptive(1e-5, 1e-5);
    double coarse = rms(trialError(s, 0.2f));
    double fine = rms(trialError(s, 0.1f));
    double observed = Math.log(coarse / fine) / Math.log(2);
    int expected = s.control().order() + 1;
    reporter.publishEntry("error estimate order", String.format("%.3f (rms %.3g at h = 0.2, %.3g at h = 0.1)",
        observed, coarse, fine));
    assertEquals(expected, observed, 0.5, "error estimate at h = 0.2 and 0.1: " + coarse + ", " + fine);
  }

  @ParameterizedTest(name = "rtol = {0}")
  @ValueSource(doubles = {1e-3, 1e-4, 1e-5})
  void meetsItsToleranceForward(double rtol, TestReporter reporter) {
    float[] exact = exact(1.0, START, 0.0);
    HostStepController.Outcome o = solve(adaptive(rtol, rtol / 100), START, 0f, 1f);
    checkTolerance(o, exact, rtol, "forward", reporter);
  }

  @ParameterizedTest(name = "rtol = {0}")
  @ValueSource(doubles = {1e-3, 1e-5})
  void meetsItsToleranceBackward(double rtol, TestReporter reporter) {
    HostStepController.Outcome o = solve(adaptive(rtol, rtol / 100), exact(1.0, START, 0.0), 1f, 0f);
    checkTolerance(o, START, rtol, "backward", reporter);
  }

  @Test
  void tighterTolerancesTakeMoreSteps(TestReporter reporter) {
    int loose = solve(adaptive(1e-3, 1e-5), START, 0f, 1f).accepted();
    int tight = solve(adaptive(1e-5, 1e-7), START, 0f, 1f).accepted();
    reporter.publishEntry("accepted steps", "rtol 1e-3: " + loose + ", rtol 1e-5: " + tight);
    assertTrue(tight > loose, "rtol 1e-5 took " + tight + " accepted steps, rtol 1e-3 took " + loose);
  }

  @Test
  void aFirstStepFarTooLargeIsRejected(TestReporter reporter) {
    AdaptiveSampler s = adaptive(1e-5, 1e-7);
    StepControl c = s.control();
    StepControl whole = new StepControl(c.rtol(), c.atol(), c.maxSteps(), c.order(), 1.0);
    HostStepController.Outcome o = HostStepController.integrate(s, whole, SamplerContract::testField, START,
        ROWS, DIM, 0f, 1f);
    reporter.publishEntry("first step 1.0", o.accepted() + " accepted, " + o.rejected() + " rejected");
    assertTrue(o.rejected() >= 1, "a first step over the whole interval at rtol 1e-5 was accepted");
    checkTolerance(o, exact(1.0, START, 0.0), c.rtol(), "forward from a rejected first step", reporter);
  }

  private void checkTolerance(HostStepController.Outcome o, float[] exact, double rtol, String direction,
      TestReporter reporter) {
    double scale = 0;
    for (float v : exact) scale = Math.max(scale, Math.abs(v));
    double error = maxError(o.state(), exact);
    reporter.publishEntry(direction + " rtol " + rtol, String.format("%d accepted, %d rejected, max error %.3g",
        o.accepted(), o.rejected(), error));
    assertTrue(error <= 10 * rtol * scale, direction + " with rtol " + rtol + ": max error " + error + " exceeds 10·rtol·max|x| = "
        + 10 * rtol * scale + " (" + o.accepted() + " accepted, " + o.rejected() + " rejected steps)");
  }

  private static HostStepController.Outcome solve(AdaptiveSampler s, float[] start, float t0, float t1) {
    return HostStepController.integrate(s, s.control(), SamplerContract::testField, start, ROWS, DIM, t0, t1);
  }

  private static float[] trialError(AdaptiveSampler s, float h) {
    return GraphHarness.run(tf -> List.of(s.trial(tf, SamplerContract::testField,
        GraphHarness.matrix(tf, START, ROWS, DIM), tf.constant(0.3f), tf.constant(h)).error())).get(0).values();
  }

  private static double rms(float[] v) {
    double sum = 0;
    for (float x : v) sum += (double) x * x;
    return Math.sqrt(sum / v.length);
  }
}
