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

  /**
   * One gradient call per evaluation: x is replicated once per probe (for the exact divergence,
   * the probes are the d basis vectors, Σ_i e_iᵀ J e_i = tr J), so the graph stays small however
   * many probes or dimensions.
   */
  @Override
  public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> z, Operand<TFloat32> t) {
    Operand<TFloat32> x = columns(tf, z, 0, dim);
    int replicas = exact ? dim : probes;
    Operand<TFloat32> xs = tf.tile(x, tf.constant(new int[] {replicas, 1}));
    List<Operand<TFloat32>> probeBlocks = new ArrayList<>();
    for (int k = 0; k < replicas; k++) {
      if (exact) {
        float[][] basis = new float[1][dim];
        basis[0][k] = 1f;
        probeBlocks.add(tf.math.add(tf.zerosLike(x), tf.constant(basis)));
      } else {
        probeBlocks.add(columns(tf, z, dim + 1 + k * dim, dim));
      }
    }
    Operand<TFloat32> eps = replicas == 1 ? probeBlocks.get(0) : tf.concat(probeBlocks, tf.constant(0));
    Operand<TFloat32> vs = field.velocity(tf, xs, t);
    Operand<TFloat32> vjp = gradient(tf, tf.reduceSum(tf.math.mul(vs, eps), tf.constant(new int[] {0, 1})), xs);
    Operand<TFloat32> each = tf.reshape(tf.reduceSum(tf.math.mul(vjp, eps), tf.constant(1)), tf.constant(new int[] {replicas, -1, 1}));
    Operand<TFloat32> div = exact
        ? tf.reduceSum(each, tf.constant(0))
        : tf.math.mean(each, tf.constant(0));
    Operand<TFloat32> v = tf.slice(vs, tf.constant(new int[] {0, 0}), tf.shape(x));
    List<Operand<TFloat32>> parts = new ArrayList<>(List.of(v, div));
    if (probes > 0) parts.add(tf.zerosLike(columns(tf, z, dim + 1, probes * dim)));
    return tf.concat(parts, tf.constant(1));
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
