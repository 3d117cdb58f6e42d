package io.flowbridge.core.train;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Exponential moving average of the trained weights (Polyak averaging), the usual way to evaluate
 * a flow trained at a constant learning rate: the final iterate of Adam keeps moving by O(lr),
 * the average does not. After every step, {@code a ← d·a + (1 − d)·w}; the average starts at zero
 * and is bias-corrected, {@code â = a / (1 − d^k)} after k steps, so it is an exact weighted
 * mean of the iterates from the first step on.
 */
final class WeightAverage {
  /** The training step followed by the average's update. */
  final Op step;
  /** Overwrites every averaged weight with its bias-corrected average. */
  final Op install;

  private WeightAverage(Op step, Op install) {
    this.step = step;
    this.install = install;
  }

  /** Averages {@code vars} with decay {@code decay} ∈ (0, 1), updated after each run of {@code step}. */
  static WeightAverage over(Ops tf, List<Variable<TFloat32>> vars, double decay, Op step) {
    Operand<TFloat32> d = tf.constant((float) decay);
    Operand<TFloat32> oneMinusD = tf.constant((float) (1 - decay));
    Ops after = tf.withControlDependencies(List.of(step));
    Variable<TFloat32> power = tf.withName("ema_decay_power").variable(tf.constant(1f));
    List<Op> updates = new ArrayList<>();
    List<Variable<TFloat32>> averages = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      Variable<TFloat32> w = vars.get(i);
      Variable<TFloat32> a = tf.withName("ema_" + i)
          .variable(tf.zeros(tf.constant(w.shape().asArray()), TFloat32.class));
      averages.add(a);
      updates.add(after.assign(a, after.math.add(after.math.mul(a, d), after.math.mul(w, oneMinusD))));
    }
    updates.add(after.assign(power, after.math.mul(power, d)));
    Op averagedStep = tf.withControlDependencies(updates).withName("train_step_ema").noOp();
    Operand<TFloat32> correction = tf.math.sub(tf.constant(1f), power);
    List<Op> installs = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      installs.add(tf.assign(vars.get(i), tf.math.div(averages.get(i), correction)));
    }
    Op install = tf.withControlDependencies(installs).withName("ema_install").noOp();
    return new WeightAverage(averagedStep, install);
  }
}
