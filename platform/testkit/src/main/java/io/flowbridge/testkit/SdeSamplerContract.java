package io.flowbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.ScoreField;
import io.flowbridge.api.sampler.VectorField;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Contract of a sampler of the SDE of MATH.md §4, {@code dX = [b + ε·s] dt + √(2ε) dW}, with a
 * constant ε: everything of {@link SamplerContract} for {@link #sampler(int)}, which must be its
 * ε = 0 form (the probability-flow ODE), and on processes whose laws are known in closed form:
 *
 * <ul>
 *   <li>Ornstein–Uhlenbeck, b = −θx, s = 0: X(1) has mean x0·e^(−θ) and variance
 *       (ε/θ)(1 − e^(−2θ)); 20k paths must match both within 4 standard errors plus twice the
 *       O(h) bias of Euler–Maruyama at that step; the weak errors of both at 5 and 10 steps (250k
 *       paths) must shrink with {@link #expectedWeakOrder()} ± 0.35.</li>
 *   <li>A Gaussian flow p_t = N(2t, (1+t)²) with its probability-flow velocity b = 2 + (x−2t)/(1+t)
 *       and score s = −(x−2t)/(1+t)²: the SDE keeps these marginals for every ε (Fokker–Planck:
 *       ε·∇·(p·s) = ε·Δp), so N(0, 1) at t=0 must reach N(2, 4) at t=1, and backward (where the
 *       marginal-preserving SDE has drift b − ε·s, Albergo, Boffi &amp; Vanden-Eijnden 2023) N(2, 4)
 *       must return to N(0, 1). This checks the sign and scale of the score term and the noise.</li>
 *   <li>ε = 0 is exactly Euler with a plain {@link VectorField}; ε &gt; 0 without a
 *       {@link ScoreField} fails with a {@link FlowbridgeException}; a seed reproduces its noise;
 *       {@code evaluationsPerStep()} counts calls of both velocity and score.</li>
 * </ul>
 */
public abstract class SdeSamplerContract extends SamplerContract {
  private static final int PATHS = 20_000;
  private static final int WEAK_ORDER_PATHS = 250_000;
  private static final double THETA = 1;
  private static final double X0 = 2;

  /** The sampler with a constant diffusion coefficient {@code epsilon} and noise seed {@code seed}. */
  protected abstract Sampler sdeSampler(int steps, double epsilon, long seed);

  /** The weak order of the method: errors of moments shrink like (step size)^q. */
  protected double expectedWeakOrder() {
    return 1;
  }

  @Test
  void zeroEpsilonIsExactlyEulerAndNeedsNoScore() {
    Sampler s = sdeSampler(8, 0, 1);
    VectorField plain = SamplerContract::testField;
    List<GraphHarness.Fetched> out = GraphHarness.run(tf -> {
      Operand<TFloat32> x = GraphHarness.matrix(tf, START, ROWS, DIM);
      Operand<TFloat32> euler = x;
      float[] grid = s.grid(0f, 1f);
      for (int k = 0; k + 1 < grid.length; k++) {
        Operand<TFloat32> h = tf.constant(grid[k + 1] - grid[k]);
        euler = tf.math.add(euler, tf.math.mul(h, plain.velocity(tf, euler, tf.constant(grid[k]))));
      }
      return List.of(integrate(tf, s, plain, 0f, 1f, x), euler);
    });
    assertArrayEquals(out.get(1).values(), out.get(0).values(), 0f, "epsilon = 0 vs explicit Euler");
  }

  @Test
  void positiveEpsilonWithoutAScoreFails() {
    Sampler s = sdeSampler(4, 0.1, 1);
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> GraphHarness.run(tf -> List.of(
        s.step(tf, SamplerContract::testField, GraphHarness.matrix(tf, START, ROWS, DIM), tf.constant(0f),
            tf.constant(0.25f)))));
    assertTrue(e.getMessage().contains("score"), e.getMessage());
  }

  @Test
  void evaluationsPerStepCountsVelocityAndScoreCalls() {
    int steps = 6;
    Sampler s = sdeSampler(steps, 0.5, 1);
    AtomicInteger calls = new AtomicInteger();
    ScoreField ou = ornsteinUhlenbeck();
    ScoreField counted = new ScoreField() {
      @Override
      public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
        calls.incrementAndGet();
        return ou.velocity(tf, x, t);
      }

      @Override
      public Operand<TFloat32> score(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
        calls.incrementAndGet();
        return ou.score(tf, x, t);
      }
    };
    sample(s, counted, constant(4, X0), 0f, 1f);
    assertEquals(steps * s.evaluationsPerStep(), calls.get(),
        "velocity and score calls of " + steps + " steps = steps × evaluationsPerStep()");
  }

  @Test
  void ornsteinUhlenbeckMomentsAtTimeOne(TestReporter reporter) {
    double eps = 0.5;
    int n = 20;
    Sampler s = sdeSampler(n, eps, 11);
    double[] m = moments(sample(s, ornsteinUhlenbeck(), constant(PATHS, X0), 0f, 1f));
    double[] exact = {X0 * Math.exp(-THETA), eps / THETA * (1 - Math.exp(-2 * THETA))};
    double[] euler = eulerMaruyama(s.grid(0f, 1f), eps, x -> -THETA, x -> 0, x -> 0, x -> 0, X0, 0);
    reporter.publishEntry("OU moments", String.format("mean %.4f (exact %.4f, EM %.4f), variance %.4f (exact %.4f, EM %.4f)",
        m[0], exact[0], euler[0], m[1], exact[1], euler[1]));
    checkMoments(m, exact, euler, PATHS, "Ornstein-Uhlenbeck with " + n + " steps");
  }

  @Test
  void ornsteinUhlenbeckWeakErrorsShrinkWithTheWeakOrder(TestReporter reporter) {
    double eps = 0.5;
    double[] exact = {X0 * Math.exp(-THETA), eps / THETA * (1 - Math.exp(-2 * THETA))};
    double[] coarse = moments(sample(sdeSampler(5, eps, 21), ornsteinUhlenbeck(), constant(WEAK_ORDER_PATHS, X0), 0f, 1f));
    double[] fine = moments(sample(sdeSampler(10, eps, 22), ornsteinUhlenbeck(), constant(WEAK_ORDER_PATHS, X0), 0f, 1f));
    String[] names = {"mean", "variance"};
    for (int i = 0; i < 2; i++) {
      double observed = Math.log(Math.abs(coarse[i] - exact[i]) / Math.abs(fine[i] - exact[i])) / Math.log(2);
      reporter.publishEntry("weak order of the " + names[i], String.format("%.3f (errors %.4g with 5 steps, %.4g with 10)",
          observed, coarse[i] - exact[i], fine[i] - exact[i]));
      assertEquals(expectedWeakOrder(), observed, 0.35, "weak order of the " + names[i] + " from 5 and 10 steps (errors "
          + (coarse[i] - exact[i]) + ", " + (fine[i] - exact[i]) + ")");
    }
  }

  @Test
  void scoreTermKeepsTheGaussianMarginalsForward(TestReporter reporter) {
    double eps = 1;
    int n = 40;
    Sampler s = sdeSampler(n, eps, 31);
    double[] m = moments(sample(s, gaussianFlow(), standardNormal(PATHS, 0, 1), 0f, 1f));
    double[] euler = eulerMaruyama(s.grid(0f, 1f), eps, t -> 1 / (1 + t), t -> 2 - 2 * t / (1 + t),
        t -> -1 / ((1 + t) * (1 + t)), t -> 2 * t / ((1 + t) * (1 + t)), 0, 1);
    reporter.publishEntry("N(2t, (1+t)^2) forward", String.format("mean %.4f, variance %.4f (exact 2, 4; EM %.4f, %.4f)",
        m[0], m[1], euler[0], euler[1]));
    checkMoments(m, new double[] {2, 4}, euler, PATHS, "N(0,1) -> N(2,4) with epsilon " + eps + ", " + n + " steps");
  }

  @Test
  void scoreTermKeepsTheGaussianMarginalsBackward(TestReporter reporter) {
    double eps = 1;
    int n = 40;
    Sampler s = sdeSampler(n, eps, 41);
    double[] m = moments(sample(s, gaussianFlow(), standardNormal(PATHS, 2, 2), 1f, 0f));
    double[] euler = eulerMaruyama(s.grid(1f, 0f), eps, t -> 1 / (1 + t), t -> 2 - 2 * t / (1 + t),
        t -> -1 / ((1 + t) * (1 + t)), t -> 2 * t / ((1 + t) * (1 + t)), 2, 4);
    reporter.publishEntry("N(2t, (1+t)^2) backward", String.format("mean %.4f, variance %.4f (exact 0, 1; EM %.4f, %.4f)",
        m[0], m[1], euler[0], euler[1]));
    checkMoments(m, new double[] {0, 1}, euler, PATHS, "N(2,4) at t=1 back to N(0,1) with epsilon " + eps + ", " + n + " steps");
  }

  @Test
  void aSeedReproducesItsNoise() {
    float[] start = constant(1000, X0);
    float[] a = sample(sdeSampler(5, 0.5, 7), ornsteinUhlenbeck(), start, 0f, 1f);
    float[] b = sample(sdeSampler(5, 0.5, 7), ornsteinUhlenbeck(), start, 0f, 1f);
    float[] c = sample(sdeSampler(5, 0.5, 8), ornsteinUhlenbeck(), start, 0f, 1f);
    assertArrayEquals(a, b, 0f, "the same seed gives the same paths");
    assertTrue(maxError(a, c) > 0.1, "seeds 7 and 8 give the same paths");
  }

  /** Mean within 4 SE + 2|EM bias| of the exact mean; likewise the variance (SE of a Gaussian sample variance). */
  private static void checkMoments(double[] m, double[] exact, double[] euler, int paths, String what) {
    double seMean = Math.sqrt(exact[1] / paths);
    double seVar = exact[1] * Math.sqrt(2.0 / (paths - 1));
    double meanBound = 4 * seMean + 2 * Math.abs(euler[0] - exact[0]);
    double varBound = 4 * seVar + 2 * Math.abs(euler[1] - exact[1]);
    assertTrue(Math.abs(m[0] - exact[0]) <= meanBound, what + ": mean " + m[0] + ", exact " + exact[0]
        + ", allowed deviation " + meanBound + " (Euler-Maruyama mean " + euler[0] + ")");
    assertTrue(Math.abs(m[1] - exact[1]) <= varBound, what + ": variance " + m[1] + ", exact " + exact[1]
        + ", allowed deviation " + varBound + " (Euler-Maruyama variance " + euler[1] + ")");
  }

  /**
   * Mean and variance after Euler–Maruyama on {@code grid} of the linear SDE with b = p(t)·x + q(t),
   * s = r(t)·x + w(t): x ← x + h·b + |h|·ε·s + √(2ε|h|)·z, so m ← a·m + c and v ← a²·v + 2ε|h|.
   */
  static double[] eulerMaruyama(float[] grid, double eps, DoubleUnaryOperator p, DoubleUnaryOperator q,
      DoubleUnaryOperator r, DoubleUnaryOperator w, double mean, double variance) {
    double m = mean;
    double v = variance;
    for (int k = 0; k + 1 < grid.length; k++) {
      double t = grid[k];
      double h = (double) grid[k + 1] - grid[k];
      double a = 1 + h * p.applyAsDouble(t) + Math.abs(h) * eps * r.applyAsDouble(t);
      double c = h * q.applyAsDouble(t) + Math.abs(h) * eps * w.applyAsDouble(t);
      m = a * m + c;
      v = a * a * v + 2 * eps * Math.abs(h);
    }
    return new double[] {m, v};
  }

  /** Integrates a column of states on the sampler's grid in one graph run. */
  static float[] sample(Sampler s, VectorField field, float[] start, float t0, float t1) {
    return GraphHarness.run(tf -> List.of(integrate(tf, s, field, t0, t1, GraphHarness.column(tf, start))))
        .get(0).values();
  }

  /** b = −θx with score 0: the Ornstein–Uhlenbeck process dX = −θX dt + √(2ε) dW. */
  private static ScoreField ornsteinUhlenbeck() {
    return new ScoreField() {
      @Override
      public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
        return tf.math.mul(x, tf.constant((float) -THETA));
      }

      @Override
      public Operand<TFloat32> score(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
        return tf.zerosLike(x);
      }
    };
  }

  /** The probability-flow velocity and the score of p_t = N(2t, (1+t)²). */
  private static ScoreField gaussianFlow() {
    return new ScoreField() {
      @Override
      public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
        Operand<TFloat32> sigma = tf.math.add(tf.constant(1f), t);
        Operand<TFloat32> centred = tf.math.sub(x, tf.math.mul(tf.constant(2f), t));
        return tf.math.add(tf.constant(2f), tf.math.div(centred, sigma));
      }

      @Override
      public Operand<TFloat32> score(Ops tf, Operand<TFloat32> x, Operand<TFloat32> t) {
        Operand<TFloat32> sigma = tf.math.add(tf.constant(1f), t);
        Operand<TFloat32> centred = tf.math.sub(x, tf.math.mul(tf.constant(2f), t));
        return tf.math.neg(tf.math.div(centred, tf.math.mul(sigma, sigma)));
      }
    };
  }

  private static float[] constant(int n, double value) {
    float[] out = new float[n];
    Arrays.fill(out, (float) value);
    return out;
  }

  /** n draws standardised to sample mean {@code mean} and sample standard deviation {@code sd} exactly. */
  private static float[] standardNormal(int n, double mean, double sd) {
    Random random = new Random(20_240_601L);
    double[] z = new double[n];
    for (int i = 0; i < n; i++) z[i] = random.nextGaussian();
    double[] m = moments(z);
    float[] out = new float[n];
    for (int i = 0; i < n; i++) out[i] = (float) (mean + sd * (z[i] - m[0]) / Math.sqrt(m[1]));
    return out;
  }

  private static double[] moments(float[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) d[i] = x[i];
    return moments(d);
  }

  private static double[] moments(double[] x) {
    double sum = 0;
    for (double v : x) {
      assertTrue(Double.isFinite(v), "a sample is not finite");
      sum += v;
    }
    double mean = sum / x.length;
    double squares = 0;
    for (double v : x) squares += (v - mean) * (v - mean);
    return new double[] {mean, squares / (x.length - 1)};
  }
}
