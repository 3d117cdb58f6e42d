package io.flowbridge.plugins.models;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The hidden-layer activations of the MLP, each with the weight initialisation that keeps
 * activations at unit scale through depth for it.
 */
enum Activation {
  /** Self-normalising ELU; LeCun normal init, N(0, 1/fan_in), as self-normalisation assumes. */
  SELU {
    @Override
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
      return tf.nn.selu(x);
    }

    @Override
    float initialWeight(RandomGenerator random, int fanIn, int fanOut) {
      return (float) (random.nextGaussian() / Math.sqrt(fanIn));
    }
  },
  /** x·sigmoid(x) (also called swish); Glorot uniform init. */
  SILU {
    @Override
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
      return tf.math.mul(x, tf.math.sigmoid(x));
    }
  },
  /** max(0, x); He normal init, N(0, 2/fan_in), for the half of the units it zeroes. */
  RELU {
    @Override
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
      return tf.nn.relu(x);
    }

    @Override
    float initialWeight(RandomGenerator random, int fanIn, int fanOut) {
      return (float) (random.nextGaussian() * Math.sqrt(2.0 / fanIn));
    }
  },
  /** Hyperbolic tangent; Glorot uniform init. */
  TANH {
    @Override
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
      return tf.math.tanh(x);
    }
  };

  abstract Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x);

  /** One weight of a layer feeding this activation; Glorot uniform unless overridden. */
  float initialWeight(RandomGenerator random, int fanIn, int fanOut) {
    return glorotUniform(random, fanIn, fanOut);
  }

  /** U(−l, l) with l = √(6 / (fan_in + fan_out)): variance 2 / (fan_in + fan_out). */
  static float glorotUniform(RandomGenerator random, int fanIn, int fanOut) {
    double limit = Math.sqrt(6.0 / (fanIn + fanOut));
    return (float) ((2 * random.nextDouble() - 1) * limit);
  }

  /** The option value's activation ("selu", "silu", "relu", "tanh"). */
  static Activation of(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FlowbridgeException("mlp: option 'activation' = '" + name + "' is not accepted; accepted: "
          + String.join(", ", Arrays.stream(values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList()));
    }
  }
}
