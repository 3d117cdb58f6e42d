package io.flowbridge.core.likelihood;

import io.flowbridge.api.sampler.VectorField;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.types.TFloat32;

/**
 * The continuous change-of-variables system as one vector field (MATH.md §5): the state is
 * {@code [x (d), ℓ (1), ε (probes·d)]} with {@code dx/dt = v}, {@code dℓ/dt = div v} and
 * {@code dε/dt = 0}, so the Hutchinson probes stay fixed along each trajectory and any sampler,
 * fixed-step or adaptive, integrates it.
 */
final class AugmentedField implements VectorField {
  private final VectorField field;
  private final int dim;
  private final int probes;
  private final boolean exact;

  AugmentedField(VectorField field, int dim, Divergence divergence, int probes) {
    this.field = field;
    this.dim = dim;
    this.exact = divergence == Divergence.EXACT;
    this.probes = exact ? 0 : probes;
  }

  /** Width of the augmented state. */
  int width() {
    return dim + 1 + probes * dim;
  }

  @Override
  public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> z, Operand<TFloat32> t) {
    Operand<TFloat32> x = columns(tf, z, 0, dim);
    Operand<TFloat32> v = field.velocity(tf, x, t);
    Operand<TFloat32> div = exact ? exactDivergence(tf, x, v) : hutchinson(tf, z, x, v);
    List<Operand<TFloat32>> parts = new ArrayList<>(List.of(v, div));
    if (probes > 0) parts.add(tf.zerosLike(columns(tf, z, dim + 1, probes * dim)));
    return tf.concat(parts, tf.constant(1));
  }

  private Operand<TFloat32> exactDivergence(Ops tf, Operand<TFloat32> x, Operand<TFloat32> v) {
    Operand<TFloat32> sum = null;
    for (int i = 0; i < dim; i++) {
      Operand<TFloat32> vi = tf.reduceSum(columns(tf, v, i, 1), tf.constant(new int[] {0, 1}));
      Operand<TFloat32> dvi = columns(tf, gradient(tf, vi, x), i, 1);
      sum = sum == null ? dvi : tf.math.add(sum, dvi);
    }
    return sum;
  }

  private Operand<TFloat32> hutchinson(Ops tf, Operand<TFloat32> z, Operand<TFloat32> x, Operand<TFloat32> v) {
    Operand<TFloat32> total = null;
    for (int k = 0; k < probes; k++) {
      Operand<TFloat32> eps = columns(tf, z, dim + 1 + k * dim, dim);
      Operand<TFloat32> vjp = gradient(tf, tf.reduceSum(tf.math.mul(v, eps), tf.constant(new int[] {0, 1})), x);
      Operand<TFloat32> estimate = tf.reduceSum(tf.math.mul(vjp, eps), tf.constant(1),
          org.tensorflow.op.core.ReduceSum.keepDims(true));
      total = total == null ? estimate : tf.math.add(total, estimate);
    }
    return tf.math.div(total, tf.constant((float) probes));
  }

  @SuppressWarnings("unchecked")
  private static Operand<TFloat32> gradient(Ops tf, Operand<TFloat32> y, Operand<TFloat32> x) {
    Gradients g = tf.gradients(y, List.of(x));
    return (Operand<TFloat32>) (Operand<?>) g.dy(0);
  }

  static Operand<TFloat32> columns(Ops tf, Operand<TFloat32> m, int from, int count) {
    return tf.slice(m, tf.constant(new int[] {0, from}), tf.constant(new int[] {-1, count}));
  }
}
