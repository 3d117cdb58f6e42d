package io.flowbridge.plugins.samplers;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.TimeFunction;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.ScoreField;
import io.flowbridge.api.sampler.VectorField;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.tensorflow.ExecutionEnvironment;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.random.RandomStandardNormal;
import org.tensorflow.types.TFloat32;

/**
 * The Euler–Maruyama method for the SDE of MATH.md §4,
 *
 * <pre>
 *   dX = [b(t, X) + ε(t)·s(t, X)] dt + √(2ε(t)) dW
 *   x ← x + h·v(x, t) + |h|·ε(t)·s(x, t) + √(2ε(t)·|h|)·z,   z ~ N(0, I)
 * </pre>
 *
 * with ε evaluated at the start of the step (Itô). For h &gt; 0 this is the SDE above. For h &lt; 0
 * (backward, from data toward the source) it is the backward SDE {@code dX = [b − ε·s] dt +
 * √(2ε) dW} (Albergo, Boffi &amp; Vanden-Eijnden 2023), the one with the same marginals p_t: the
 * score term always pulls toward high density and the noise stays real. Weak order 1, strong
 * order ½. ε ≡ 0 (epsilon = 0 and no function) is exactly {@link EulerSampler} and needs no score;
 * otherwise the field must be a {@link ScoreField}.
 *
 * <p>The noise is an in-graph {@code RandomStandardNormal} op per step with
 * {@code seed = noiseSeed} and {@code seed2} = 1, 2, … in the order the steps are built in a graph,
 * so steps draw independent noise, a graph run again draws fresh noise, and the same graph built
 * again reproduces the same draws.
 *
 * <p>Evaluations per step: 1 (the velocity) when ε ≡ 0, else 2 (velocity and score; a score
 * derived from the velocity, MATH.md §4, evaluates the network again).
 */
public final class EulerMaruyamaSampler implements Sampler {
  private final EulerMaruyamaOptions options;
  /** Steps built so far per graph, for the noise ops' {@code seed2}. */
  private final Map<ExecutionEnvironment, Long> built = Collections.synchronizedMap(new WeakHashMap<>());

  public EulerMaruyamaSampler(EulerMaruyamaOptions options) {
    this.options = options;
  }

  @Override
  public float[] grid(float t0, float t1) {
    return UniformGrid.of(t0, t1, options.steps(), options.times());
  }

  @Override
  public Operand<TFloat32> step(Ops tf, VectorField field, Operand<TFloat32> x, Operand<TFloat32> t,
      Operand<TFloat32> h) {
    if (deterministic()) {
      return tf.math.add(x, tf.math.mul(h, field.velocity(tf, x, t)));
    }
    if (!(field instanceof ScoreField score)) {
      throw new FlowbridgeException("euler-maruyama: sampling with epsilon > 0 needs a score; this vector field "
          + "has none (" + field.getClass().getName() + "). Train a model that also predicts the score or the "
          + "denoiser, or use a N(0, I) source with an interpolant whose gamma = 0 so the score follows from the "
          + "velocity (MATH.md section 4), or set epsilon = 0 (and no epsilonFunction) to sample the "
          + "probability-flow ODE");
    }
    Operand<TFloat32> absH = tf.math.abs(h);
    Operand<TFloat32> epsAbsH = tf.math.mul(epsilon(tf, t), absH);
    Operand<TFloat32> ode = tf.math.add(x, tf.math.mul(h, field.velocity(tf, x, t)));
    Operand<TFloat32> toward = tf.math.add(ode, tf.math.mul(epsAbsH, score.score(tf, x, t)));
    Operand<TFloat32> z = tf.random.randomStandardNormal(tf.shape(x), TFloat32.class,
        RandomStandardNormal.seed(options.noiseSeed()), RandomStandardNormal.seed2(nextSeed2(tf)));
    return tf.math.add(toward, tf.math.mul(tf.math.sqrt(tf.math.mul(tf.constant(2f), epsAbsH)), z));
  }

  @Override
  public int evaluationsPerStep() {
    return deterministic() ? 1 : 2;
  }

  /** ε ≡ 0: epsilon is 0 and no function replaces it. */
  private boolean deterministic() {
    return options.epsilon() == 0 && options.epsilonFunction() == null;
  }

  /** ε(t): the function if given, else epsilon, times (1 − t) for the linear-decay schedule. */
  private Operand<TFloat32> epsilon(Ops tf, Operand<TFloat32> t) {
    TimeFunction f = options.epsilonFunction();
    if (f != null) return f.apply(tf, t);
    Operand<TFloat32> eps = tf.constant((float) options.epsilon());
    return switch (options.schedule()) {
      case "constant" -> eps;
      case "linear-decay" -> tf.math.mul(eps, tf.math.sub(tf.constant(1f), t));
      default -> throw new IllegalStateException("euler-maruyama: unknown schedule " + options.schedule());
    };
  }

  private long nextSeed2(Ops tf) {
    return built.merge(tf.scope().env(), 1L, Long::sum);
  }
}
