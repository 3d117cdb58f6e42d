package io.flowbridge.plugins.interpolants;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.Arrays;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The noise scales γ(t) a stochastic interpolant may choose (MATH.md §1), selected by the text
 * option {@code gamma} of {@code si-linear}, {@code si-trig} and {@code mirror}. Every choice is
 * non-negative on [0, 1] and zero at both ends except {@link #ZERO}, which is zero everywhere.
 */
enum Gamma {
  /** γ(t) = √(t(1−t)), a Brownian bridge of unit scale; γ' is unbounded at the ends. */
  BROWNIAN("brownian", 1e-5) {
    @Override
    Operand<TFloat32> build(Ops tf, Operand<TFloat32> t, float a) {
      return tf.math.sqrt(Coefficients.bridge(tf, t));
    }
  },
  /** γ(t) = √(a·t(1−t)), a Brownian bridge of variance scale a; γ' is unbounded at the ends. */
  A_BROWNIAN("a-brownian", 1e-5) {
    @Override
    Operand<TFloat32> build(Ops tf, Operand<TFloat32> t, float a) {
      return tf.math.sqrt(tf.math.mul(tf.constant(a), Coefficients.bridge(tf, t)));
    }
  },
  /** γ(t) = 0: no latent noise, a deterministic interpolant. */
  ZERO("zero", 0) {
    @Override
    Operand<TFloat32> build(Ops tf, Operand<TFloat32> t, float a) {
      return tf.zerosLike(t);
    }
  },
  /** γ(t) = t(1−t), smooth at the ends (γ'(0) = 1, γ'(1) = −1). */
  B_SQUARED("bsquared", 0) {
    @Override
    Operand<TFloat32> build(Ops tf, Operand<TFloat32> t, float a) {
      return Coefficients.bridge(tf, t);
    }
  },
  /** γ(t) = sin²(πt), smooth with γ' = 0 at both ends. */
  SINE_SQUARED("sine-squared", 0) {
    @Override
    Operand<TFloat32> build(Ops tf, Operand<TFloat32> t, float a) {
      return tf.math.square(tf.math.sin(tf.math.mul(tf.constant((float) Math.PI), t)));
    }
  };

  /**
   * Option documentation shared by every plugin with a {@code gamma} option (an annotation needs
   * a compile-time constant).
   */
  static final String DOC = "Noise scale gamma(t) of the latent z: 'brownian' sqrt(t(1-t)),"
      + " 'a-brownian' sqrt(a*t*(1-t)), 'zero' 0 (no noise), 'bsquared' t*(1-t),"
      + " 'sine-squared' sin^2(pi*t); the square-root choices draw t from [1e-5, 1-1e-5]"
      + " since their derivative is unbounded at the ends.";

  /** Documentation of the option {@code a}. */
  static final String A_DOC =
      "Variance scale a > 0 of gamma(t) = sqrt(a*t*(1-t)); only gamma 'a-brownian' uses it.";

  private final String key;
  private final double timeMargin;

  Gamma(String key, double timeMargin) {
    this.key = key;
    this.timeMargin = timeMargin;
  }

  /** Builds γ(t) for times {@code t} of shape {@code [batch, 1]}, with variance scale {@code a}. */
  abstract Operand<TFloat32> build(Ops tf, Operand<TFloat32> t, float a);

  /** The option value naming this choice, e.g. {@code "a-brownian"}. */
  String key() {
    return key;
  }

  /** Whether γ ≡ 0. */
  boolean isZero() {
    return this == ZERO;
  }

  /** Whether the variance scale {@code a} enters the formula. */
  boolean usesScale() {
    return this == A_BROWNIAN;
  }

  /** The training-time margin ε this γ needs: 1e-5 where γ' is unbounded at the ends, else 0. */
  double timeMargin() {
    return timeMargin;
  }

  /** The option values of every choice, in declaration order. */
  static List<String> keys() {
    return Arrays.stream(values()).map(Gamma::key).toList();
  }

  /**
   * The choice named {@code key}, after checking that the scale {@code a} is positive and
   * meaningful for it: a scale other than the default 1 with a γ that ignores it is rejected rather
   * than silently dropped.
   *
   * @param plugin the plugin key, for messages
   */
  static Gamma of(String plugin, String key, double a) {
    Gamma gamma = Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst()
        .orElseThrow(() -> new FlowbridgeException(plugin + ": option 'gamma' = '" + key
            + "' is not accepted; accepted: " + String.join(", ", keys())));
    if (!(a > 0) || Double.isInfinite(a)) {
      throw new FlowbridgeException(plugin + ": option 'a' = " + a + " is out of range; accepted: (0, inf)");
    }
    if (a != 1.0 && !gamma.usesScale()) {
      throw new FlowbridgeException(plugin + ": option 'a' = " + a + " has no effect with gamma '"
          + key + "'; only 'a-brownian' uses it (leave a at 1 or choose gamma 'a-brownian')");
    }
    return gamma;
  }
}
