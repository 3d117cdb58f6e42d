package io.flowbridge.plugins.samplers;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.option.TimeFunction;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.ScoreField;
import io.flowbridge.api.sampler.VectorField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Euler–Maruyama on the Ornstein–Uhlenbeck process dX = −X dt + √(2ε(t)) dW (score 0), whose
 * scheme is linear so its exact law after n steps is Gaussian with m ← (1 − h)·m and
 * v ← (1 − h)²·v + 2ε(t_k)·h: 20k paths must match those moments within 4 standard errors, for a
 * constant ε and for the linear-decay schedule. Also: the schedule and an equal ε function build
 * the same graph, ε ≡ 0 is Euler, and the options.
 */
class EulerMaruyamaSamplerTest {
  private static final int PATHS = 20_000;
  private static final float X0 = 2f;

  /** b = −x, s = 0. */
  private static final ScoreField OU = new ScoreField() {
    @Override
    public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
      return tf.math.neg(x);
    }

    @Override
    public Operand<TFloat32> score(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
      return tf.zerosLike(x);
    }
  };

  private static float[] sample(Sampler s, VectorField field, int paths) {
    float[] start = new float[paths];
    Arrays.fill(start, X0);
    return GraphHarness.values(tf -> {
      Operand<TFloat32> x = GraphHarness.matrix(tf, start, paths, 1);
      float[] grid = s.grid(0f, 1f);
      for (int k = 0; k + 1 < grid.length; k++) {
        x = s.step(tf, field, x, tf.constant(grid[k]), tf.constant(grid[k + 1] - grid[k]));
      }
      return List.of(x);
    }).get(0);
  }

  /** Mean and variance of the scheme's law after its grid, for ε(t) = eps.apply(t). */
  private static double[] schemeMoments(float[] grid, DoubleUnaryOperator eps) {
    double m = X0;
    double v = 0;
    for (int k = 0; k + 1 < grid.length; k++) {
      double h = (double) grid[k + 1] - grid[k];
      m = (1 - h) * m;
      v = (1 - h) * (1 - h) * v + 2 * eps.applyAsDouble(grid[k]) * h;
    }
    return new double[] {m, v};
  }

  private static void assertLaw(float[] x, double[] law, String what) {
    double sum = 0;
    for (float v : x) sum += v;
    double mean = sum / x.length;
    double squares = 0;
    for (float v : x) squares += (v - mean) * (v - mean);
    double variance = squares / (x.length - 1);
    double seMean = Math.sqrt(law[1] / x.length);
    double seVar = law[1] * Math.sqrt(2.0 / (x.length - 1));
    assertEquals(law[0], mean, 4 * seMean, what + ": mean");
    assertEquals(law[1], variance, 4 * seVar, what + ": variance");
  }

  @Test
  void constantEpsilonMatchesTheLawOfTheScheme() {
    EulerMaruyamaSampler s = new EulerMaruyamaSampler(new EulerMaruyamaOptions(5, 0.5, 3));
    assertLaw(sample(s, OU, PATHS), schemeMoments(s.grid(0f, 1f), t -> 0.5), "constant epsilon 0.5, 5 steps");
  }

  @Test
  void linearDecayMatchesTheLawOfTheSchemeAndEqualsTheSameFunction() {
    EulerMaruyamaOptions decay = OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class,
        Map.of("steps", 10, "epsilon", 0.5, "schedule", "linear-decay", "noiseSeed", 5));
    EulerMaruyamaSampler s = new EulerMaruyamaSampler(decay);
    float[] x = sample(s, OU, PATHS);
    assertLaw(x, schemeMoments(s.grid(0f, 1f), t -> 0.5 * (1 - t)), "linear decay from 0.5, 10 steps");
    // The function replaces epsilon and schedule: 3.0 and constant are ignored.
    TimeFunction same = (tf, t) -> tf.math.mul(tf.constant(0.5f), tf.math.sub(tf.constant(1f), t));
    EulerMaruyamaOptions function = OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class,
        Map.of("steps", 10, "epsilon", 3.0, "epsilonFunction", same, "noiseSeed", 5));
    assertArrayEquals(x, sample(new EulerMaruyamaSampler(function), OU, PATHS), 0f,
        "epsilonFunction 0.5(1 - t) vs schedule linear-decay with the same seed");
  }

  @Test
  void zeroEpsilonIsEulerWithoutAScoreWhateverTheSchedule() {
    VectorField plain = OU::velocity;
    float[] euler = sample(new EulerSampler(new EulerOptions(7)), plain, 4);
    float[] decay = sample(new EulerMaruyamaSampler(new EulerMaruyamaOptions(7, List.of(), 0, "linear-decay", null, 1)),
        plain, 4);
    assertArrayEquals(euler, decay, 0f);
    assertEquals(Math.pow(1 - 1.0 / 7, 7) * X0, euler[0], 1e-6);
  }

  @Test
  void aFunctionThatIsZeroGivesEulerButNeedsAScore() {
    TimeFunction zero = (tf, t) -> tf.math.mul(t, tf.constant(0f));
    EulerMaruyamaSampler s = new EulerMaruyamaSampler(new EulerMaruyamaOptions(7, List.of(), 0.5, "constant", zero, 1));
    assertArrayEquals(sample(new EulerSampler(new EulerOptions(7)), OU, 4), sample(s, OU, 4), 0f);
    VectorField plain = OU::velocity;
    assertThrows(FlowbridgeException.class, () -> sample(s, plain, 4), "a function is not known to be 0 when the graph is built");
  }

  @Test
  void missingScoreMessageSaysWhatToDo() {
    VectorField plain = OU::velocity;
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> sample(new EulerMaruyamaSampler(new EulerMaruyamaOptions(3, 0.1, 1)), plain, 4));
    assertTrue(e.getMessage().startsWith(
        "euler-maruyama: sampling with epsilon > 0 needs a score; this vector field has none"), e.getMessage());
    assertTrue(e.getMessage().contains("set epsilon = 0"), e.getMessage());
    assertTrue(e.getMessage().contains("score or the denoiser"), e.getMessage());
  }

  @Test
  void aSamplerBuiltIntoTwoGraphsDrawsTheSameNoiseInEach() {
    EulerMaruyamaSampler s = new EulerMaruyamaSampler(new EulerMaruyamaOptions(4, 0.5, 9));
    float[] first = sample(s, OU, 100);
    assertArrayEquals(first, sample(s, OU, 100), 0f);
    assertTrue(Math.abs(first[0] - first[1]) > 0, "paths share their noise");
  }

  @Test
  void optionsDefaultsAndRejections() {
    EulerMaruyamaOptions defaults = OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class, Map.of());
    assertEquals(new EulerMaruyamaOptions(100, List.of(), 0.1, "constant", null, 1), defaults);
    assertNull(defaults.epsilonFunction());
    EulerMaruyamaSampler s = new EulerMaruyamaSampler(defaults);
    assertEquals(2, s.evaluationsPerStep(), "velocity and score");
    assertEquals(1, new EulerMaruyamaSampler(new EulerMaruyamaOptions(5, 0, 1)).evaluationsPerStep(), "epsilon = 0");
    assertEquals(101, s.grid(0f, 1f).length);
    assertEquals(3, new EulerMaruyamaSampler(OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class,
        Map.of("times", "0,0.5,0.9,1"))).grid(0f, 1f).length - 1, "times override steps");
    assertEquals("euler-maruyama: option 'epsilon' = -0.1 is out of range; accepted: [0, inf)",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class,
            Map.of("epsilon", -0.1))).getMessage());
    assertTrue(assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("euler-maruyama",
        EulerMaruyamaOptions.class, Map.of("schedule", "linear"))).getMessage().contains("linear-decay"));
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class,
        Map.of("epsilonFunction", 0.5)));
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class,
        Map.of("noiseSeed", 1.5)));
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("euler-maruyama", EulerMaruyamaOptions.class,
        Map.of("steps", 0)));
  }
}
