package io.flowbridge.plugins.interpolants;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The coefficient formulas several interpolants share (MATH.md §1), written with ops that have
 * graph gradients: constants broadcast from scalars or {@code fill}, never {@code onesLike}, whose
 * gradient TensorFlow's C++ registry lacks.
 */
final class Coefficients {
  private static final float HALF_PI = (float) (Math.PI / 2);

  private Coefficients() {}

  /** 1 − t. */
  static Operand<TFloat32> oneMinus(Ops tf, Operand<TFloat32> t) {
    return tf.math.sub(tf.constant(1f), t);
  }

  /** t(1 − t), the variance profile of a unit Brownian bridge. */
  static Operand<TFloat32> bridge(Ops tf, Operand<TFloat32> t) {
    return tf.math.mul(t, oneMinus(tf, t));
  }

  /** cos(πt/2). */
  static Operand<TFloat32> cosHalfPi(Ops tf, Operand<TFloat32> t) {
    return tf.math.cos(tf.math.mul(tf.constant(HALF_PI), t));
  }

  /** sin(πt/2). */
  static Operand<TFloat32> sinHalfPi(Ops tf, Operand<TFloat32> t) {
    return tf.math.sin(tf.math.mul(tf.constant(HALF_PI), t));
  }

  /** The constant c in the shape of t. */
  static Operand<TFloat32> constant(Ops tf, Operand<TFloat32> t, float c) {
    return tf.fill(tf.shape(t), tf.constant(c));
  }
}
