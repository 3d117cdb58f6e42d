package io.flowbridge.core.train;

import io.flowbridge.core.experiment.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam on an explicit list of variables, with flat slot names (the framework's optimizer trains
 * every variable of the graph and rejects names containing '/'). Uses TensorFlow's fused
 * ApplyAdam kernel; bias correction through the beta-power variables.
 */
final class Adam {
  private Adam() {}

  /** Builds the update of {@code vars} minimising {@code loss}; running the returned op is one step. */
  static Op minimize(Ops tf, Operand<TFloat32> loss, List<Variable<TFloat32>> vars, OptimizerSpec spec) {
    Gradients grads = tf.gradients(loss, vars);
    Operand<TFloat32> lr = tf.constant((float) spec.lr());
    Operand<TFloat32> b1 = tf.constant((float) spec.beta1());
    Operand<TFloat32> b2 = tf.constant((float) spec.beta2());
    Operand<TFloat32> eps = tf.constant((float) spec.eps());
    Variable<TFloat32> b1Power = tf.withName("adam_beta1_power").variable(tf.constant((float) spec.beta1()));
    Variable<TFloat32> b2Power = tf.withName("adam_beta2_power").variable(tf.constant((float) spec.beta2()));
    // Every update waits for the whole backward pass: with reference variables, an update that ran
    // while another gradient op still read the same weights (e.g. dX = dY·Wᵀ) would make the step
    // depend on thread scheduling (seen as run-to-run differences after the first step).
    List<org.tensorflow.Operation> gradientOps = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) gradientOps.add(grads.dy(i).op());
    Ops apply = tf.withControlDependencyOps(gradientOps);
    List<Op> updates = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      Variable<TFloat32> v = vars.get(i);
      long[] shape = v.shape().asArray();
      Variable<TFloat32> m = tf.withName("adam_m_" + i).variable(tf.zeros(tf.constant(shape), TFloat32.class));
      Variable<TFloat32> s = tf.withName("adam_v_" + i).variable(tf.zeros(tf.constant(shape), TFloat32.class));
      @SuppressWarnings("unchecked")
      Operand<TFloat32> g = (Operand<TFloat32>) (Operand<?>) grads.dy(i);
      updates.add(apply.train.applyAdam(v, m, s, b1Power, b2Power, lr, b1, b2, eps, g));
    }
    Ops after = tf.withControlDependencies(updates);
    Op p1 = after.assign(b1Power, after.math.mul(b1Power, b1));
    Op p2 = after.assign(b2Power, after.math.mul(b2Power, b2));
    return tf.withControlDependencies(List.of(p1, p2)).withName("train_step").noOp();
  }
}
