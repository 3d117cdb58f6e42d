package io.flowbridge.api.interpolant;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.List;
import java.util.function.Function;
import org.tensorflow.Operand;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The time derivative of an elementwise function of time, by TensorFlow graph autodiff: how the
 * core obtains α', β', γ' of an interpolant that supplies no closed forms (MATH.md §1).
 *
 * <p>Graph gradients come from TensorFlow's C++ gradient registry, which lacks a few ops that
 * Python TensorFlow differentiates; among the usual ones only {@code OnesLike} is missing (checked
 * for ZerosLike, Fill, Sqrt, Sin, Cos, Pow, Exp, Log, Select, Maximum, Cast, Tanh, Sigmoid, Abs,
 * Erf, ClipByValue, ...). Write 1 − t as {@code tf.math.sub(tf.constant(1f), t)} and a constant σ
 * as {@code tf.fill(tf.shape(t), tf.constant(σ))}; an op without a gradient is reported as a
 * {@link FlowbridgeException} naming it.
 */
public final class TimeDerivative {
  private TimeDerivative() {}

  /**
   * Builds df/dt for times {@code t} of shape {@code [batch, 1]}; returns {@code [batch, 1]}.
   * {@code f} must act elementwise (row i of f(t) depends only on row i of t), as every
   * interpolant coefficient does; it may ignore {@code t} (a constant σ, {@code zerosLike}), in
   * which case the derivative is 0.
   */
  public static Operand<TFloat32> of(
      Ops tf, Operand<TFloat32> t, Function<Operand<TFloat32>, Operand<TFloat32>> f) {
    return ofBuilt(tf, t, f.apply(t));
  }

  /**
   * Like {@link #of(Ops, Operand, Function)} for a value {@code ft} already built from {@code t},
   * so a coefficient used both as a value and as a derivative is built once.
   */
  public static Operand<TFloat32> ofBuilt(Ops tf, Operand<TFloat32> t, Operand<TFloat32> ft) {
    // Adding 0·t keeps t connected to the differentiated value even when f ignores t: without
    // it TensorFlow has no path from t to the sum and returns no gradient at all instead of 0.
    // It also broadcasts a scalar f(t) to t's shape.
    Operand<TFloat32> connected = tf.math.add(ft, tf.math.mul(tf.constant(0f), t));
    // d/dt_i Σ_j f(t_j) = f'(t_i) because f is elementwise.
    Operand<TFloat32> total =
        tf.reduceSum(tf.reshape(connected, tf.constant(new int[] {-1})), tf.constant(0));
    try {
      return tf.gradients(total, List.of(t)).dy(0);
    } catch (TensorFlowException e) {
      if (e.getMessage() == null || !e.getMessage().contains("No gradient defined")) throw e;
      throw new FlowbridgeException("cannot differentiate a coefficient of time automatically: "
          + e.getMessage().lines().findFirst().orElse("") + " Build it from differentiable ops"
          + " (for 1 − t write tf.math.sub(tf.constant(1f), t), not onesLike) or supply its"
          + " closed-form derivative.", e);
    }
  }
}
