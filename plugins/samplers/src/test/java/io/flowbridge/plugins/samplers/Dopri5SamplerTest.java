package io.flowbridge.plugins.samplers;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.sampler.EmbeddedStep;
import io.flowbridge.api.sampler.StepControl;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Dormand–Prince 5(4) against closed forms of its tableau (computed in exact rationals): on
 * dx/dt = x one step is the stability polynomial R(h) = Σ_{j≤5} h^j/j! + h⁶/600, and the error
 * estimate is R − R* = −97/120000·h⁵ + 13/40000·h⁶ − 1/24000·h⁷; as a quadrature it is exact for
 * quartics and gives 899/900 for ∫_0^1 6t⁵ dt.
 */
class Dopri5SamplerTest {
  private final Dopri5Sampler dopri5 = new Dopri5Sampler(new Dopri5Options(1));

  private List<float[]> trial(VectorField field, float x0, float t, float h) {
    return GraphHarness.values(tf -> {
      EmbeddedStep step = dopri5.trial(tf, field, GraphHarness.matrix(tf, new float[] {x0}, 1, 1), tf.constant(t), tf.constant(h));
      return List.of(step.next(), step.error(),
          dopri5.step(tf, field, GraphHarness.matrix(tf, new float[] {x0}, 1, 1), tf.constant(t), tf.constant(h)));
    });
  }

  @Test
  void oneStepOfExponentialGrowthIsTheStabilityPolynomial() {
    for (double h : new double[] {0.5, -0.4, 1.0}) {
      double r = 1 + h + h * h / 2 + Math.pow(h, 3) / 6 + Math.pow(h, 4) / 24 + Math.pow(h, 5) / 120 + Math.pow(h, 6) / 600;
      double e = -97.0 / 120000 * Math.pow(h, 5) + 13.0 / 40000 * Math.pow(h, 6) - 1.0 / 24000 * Math.pow(h, 7);
      List<float[]> out = trial((tf, x, t) -> tf.identity(x), 1f, 0f, (float) h);
      assertEquals(r, out.get(0)[0], 1e-6, "trial next, h = " + h);
      assertEquals(r, out.get(2)[0], 1e-6, "step, h = " + h);
      assertEquals(e, out.get(1)[0], 1e-8 + 1e-4 * Math.abs(e), "error estimate, h = " + h);
    }
  }

  @Test
  void asAQuadratureItIsExactForQuarticsOnly() {
    VectorField quartic = (tf, x, t) -> tf.math.add(tf.math.mul(x, tf.constant(0f)),
        tf.math.mul(tf.constant(5f), tf.math.mul(tf.math.mul(t, t), tf.math.mul(t, t))));
    assertEquals(1.0, trial(quartic, 0f, 0f, 1f).get(0)[0], 1e-6);
    assertEquals(-1.0, trial(quartic, 0f, 1f, -1f).get(0)[0], 1e-6, "backward over the same interval");
    VectorField quintic = (tf, x, t) -> tf.math.add(tf.math.mul(x, tf.constant(0f)),
        tf.math.mul(tf.constant(6f), tf.math.mul(t, tf.math.mul(tf.math.mul(t, t), tf.math.mul(t, t)))));
    assertEquals(899.0 / 900, trial(quintic, 0f, 0f, 1f).get(0)[0], 1e-6);
  }

  @Test
  void aStepTakesSixEvaluationsAndATrialSeven() {
    AtomicInteger calls = new AtomicInteger();
    VectorField counted = (tf, x, t) -> {
      calls.incrementAndGet();
      return tf.math.neg(x);
    };
    GraphHarness.values(tf -> List.of(dopri5.step(tf, counted, GraphHarness.matrix(tf, new float[] {1f}, 1, 1), tf.constant(0f),
        tf.constant(0.1f))));
    assertEquals(6, calls.get());
    assertEquals(6, dopri5.evaluationsPerStep());
    calls.set(0);
    GraphHarness.values(tf -> List.of(dopri5.trial(tf, counted, GraphHarness.matrix(tf, new float[] {1f}, 1, 1), tf.constant(0f),
        tf.constant(0.1f)).error()));
    assertEquals(7, calls.get());
  }

  @Test
  void controlComesFromTheOptions() {
    Dopri5Options defaults = OptionBinder.bind("dopri5", Dopri5Options.class, Map.of());
    assertEquals(new Dopri5Options(1e-5, 1e-5, 10000, 0, 100, List.of()), defaults);
    assertEquals(new StepControl(1e-5, 1e-5, 10000, 4, 0), new Dopri5Sampler(defaults).control());
    Dopri5Options custom = OptionBinder.bind("dopri5", Dopri5Options.class,
        Map.of("rtol", 1e-3, "atol", "1e-6", "maxSteps", 50, "initialStep", 0.01, "steps", 20));
    assertEquals(new StepControl(1e-3, 1e-6, 50, 4, 0.01), new Dopri5Sampler(custom).control());
    assertEquals(21, new Dopri5Sampler(custom).grid(0f, 1f).length, "steps for fixed-step use");
  }

  @Test
  void optionBinderRejectsOutOfRangeValues() {
    for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("rtol", 0), Map.of("atol", -1e-6),
        Map.of("maxSteps", 0), Map.of("initialStep", -0.1), Map.of("steps", 0), Map.of("times", "0,0.4"))) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class,
          () -> OptionBinder.bind("dopri5", Dopri5Options.class, bad), bad::toString);
      String option = bad.keySet().iterator().next();
      assertEquals(true, e.getMessage().startsWith("dopri5: option '" + option + "'"), e.getMessage());
    }
  }
}
