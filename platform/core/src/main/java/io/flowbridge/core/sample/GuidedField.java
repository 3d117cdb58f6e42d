package io.flowbridge.core.sample;

import io.flowbridge.api.model.Network;
import io.flowbridge.api.sampler.VectorField;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A class-conditional flow with classifier-free guidance (MATH.md §2) as one vector field on the
 * state {@code [x (d), y (1)]}: the label y rides along with zero velocity, so every sampler,
 * fixed-step or adaptive, integrates it unchanged;
 * {@code v = (1+w)·v(x,t,y) − w·v(x,t,∅)}, and exactly {@code v(x,t,y)} when w = 0.
 */
public final class GuidedField implements VectorField {
  private final Network network;
  private final int dim;
  private final int classes;
  private final float guidance;

  public GuidedField(Network network, int dim, int classes, double guidance) {
    this.network = network;
    this.dim = dim;
    this.classes = classes;
    this.guidance = (float) guidance;
  }

  /** The states {@code [x, y]} of n points x ({@code [n, dim]}) with labels y: this field's state layout. */
  public static float[] withLabels(float[] x, int[] labels, int n, int dim) {
    float[] z = new float[n * (dim + 1)];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, i * dim, z, i * (dim + 1), dim);
      z[i * (dim + 1) + dim] = labels[i];
    }
    return z;
  }

  /** The x part ({@code [n, dim]}) of n states {@code [x, y]}: positions, or velocities of the field. */
  public static float[] withoutLabels(float[] z, int n, int dim) {
    float[] x = new float[n * dim];
    for (int i = 0; i < n; i++) System.arraycopy(z, i * (dim + 1), x, i * dim, dim);
    return x;
  }

  @Override
  public Operand<TFloat32> velocity(Ops tf, Operand<TFloat32> z, Operand<TFloat32> t) {
    Operand<TFloat32> x = tf.slice(z, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, dim}));
    Operand<TFloat32> y = tf.slice(z, tf.constant(new int[] {0, dim}), tf.constant(new int[] {-1, 1}));
    Operand<TInt32> labels = tf.reshape(tf.dtypes.cast(tf.math.round(y), TInt32.class), tf.constant(new int[] {-1}));
    Operand<TFloat32> times = tf.math.add(tf.zerosLike(y), t);
    Operand<TFloat32> v = network.apply(tf, x, times, labels);
    if (guidance != 0) {
      Operand<TInt32> none = tf.math.add(tf.zerosLike(labels), tf.constant(classes));
      Operand<TFloat32> unconditional = network.apply(tf, x, times, none);
      v = tf.math.sub(tf.math.mul(tf.constant(1 + guidance), v), tf.math.mul(tf.constant(guidance), unconditional));
    }
    return tf.concat(List.of(v, tf.zerosLike(y)), tf.constant(1));
  }
}
