package io.flowbridge.core.train;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.model.Network;
import io.flowbridge.core.experiment.OptimizerSpec;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.random.RandomStandardNormal;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;

/**
 * The training step as one graph (MATH.md §1–2): fed the paired minibatch x0, x1, it draws
 * t ~ U[ε, 1−ε] and z ~ N(0, I) in the graph, builds x_t and u_t from the interpolant, applies
 * the network and takes an Adam step on the mean squared error. One {@code Session.run} per step.
 */
public final class TrainingGraph {
  final Placeholder<TFloat32> x0;
  final Placeholder<TFloat32> x1;
  final Operand<TFloat32> loss;
  final Op step;
  final Operand<TFloat32> time;
  /** Replaces the weights by their moving average (train.ema > 0); null without averaging. */
  private Op installAverage;
  /** Target labels, fed when the network is class-conditional; null otherwise. */
  Placeholder<org.tensorflow.types.TInt32> labels;

  private TrainingGraph(Placeholder<TFloat32> x0, Placeholder<TFloat32> x1, Operand<TFloat32> loss, Op step,
      Operand<TFloat32> time) {
    this.time = time;
    this.x0 = x0;
    this.x1 = x1;
    this.loss = loss;
    this.step = step;
  }

  /** The velocity-only step for unlabelled minibatches, training times drawn as {@code time} says. */
  public static TrainingGraph build(Ops tf, Interpolant path, Network net, int batch, int dim,
      OptimizerSpec optimizer, io.flowbridge.core.experiment.TimeSampling time, long seed) {
    return build(tf, path, net, null, "velocity", batch, dim, optimizer, time, 0, 0, 0, seed);
  }

  /**
   * Replaces the trained weights by their exponential moving average, if training kept one
   * ({@code ema > 0}); a no-op otherwise. Run once, after the last step.
   */
  public void installAverage(org.tensorflow.Session session) {
    if (installAverage != null) session.runner().addTarget(installAverage).run();
  }

  /** Whether the weights are averaged (train.ema > 0). */
  public boolean averaged() {
    return installAverage != null;
  }

  /**
   * Builds the step for minibatches of {@code batch} points of dimension {@code dim}. A network
   * conditioned on {@code classes} labels (0: unconditional) sees each label replaced by the
   * "no label" class with probability {@code labelDropout} (classifier-free guidance training).
   * A second network {@code scoreNet} (null for none) is trained jointly (MATH.md §2) when the
   * objective is {@code velocity-score} (L_s = E‖γ·s_θ + z‖², the λ = γ² weighting) or
   * {@code velocity-denoiser} (L_η = E‖η_θ − z‖²); the loss is the sum. With {@code ema} in
   * (0, 1) every step also updates an exponential moving average of the weights (see
   * {@link #installAverage}).
   */
  public static TrainingGraph build(Ops tf, Interpolant path, Network net, Network scoreNet, String objective,
      int batch, int dim, OptimizerSpec optimizer, io.flowbridge.core.experiment.TimeSampling time, int classes,
      double labelDropout, double ema, long seed) {
    Placeholder<TFloat32> x0 = tf.withName("x0").placeholder(TFloat32.class, Placeholder.shape(Shape.of(batch, dim)));
    Placeholder<TFloat32> x1 = tf.withName("x1").placeholder(TFloat32.class, Placeholder.shape(Shape.of(batch, dim)));
    float margin = (float) Math.max(path.timeMargin(), time.kind().equals("clipped") ? time.epsilon() : 0);
    Operand<TFloat32> t;
    if (time.kind().equals("logit-normal")) {
      Operand<TFloat32> n = tf.random.randomStandardNormal(tf.constant(new int[] {batch, 1}), TFloat32.class,
          RandomStandardNormal.seed(seed), RandomStandardNormal.seed2(1L));
      Operand<TFloat32> s = tf.math.sigmoid(tf.math.add(tf.constant((float) time.mean()),
          tf.math.mul(n, tf.constant((float) time.std()))));
      t = tf.math.minimum(tf.math.maximum(s, tf.constant(margin)), tf.constant(1f - margin));
    } else {
      Operand<TFloat32> u = tf.random.randomUniform(tf.constant(new int[] {batch, 1}), TFloat32.class,
          RandomUniform.seed(seed), RandomUniform.seed2(1L));
      t = tf.math.add(tf.constant(margin), tf.math.mul(u, tf.constant(1f - 2f * margin)));
    }
    Operand<TFloat32> z = path.hasNoise()
        ? tf.random.randomStandardNormal(tf.constant(new int[] {batch, dim}), TFloat32.class,
            RandomStandardNormal.seed(seed), RandomStandardNormal.seed2(2L))
        : null;
    InterpolantPath p = InterpolantPath.build(tf, path, x0, x1, z, t);
    Placeholder<org.tensorflow.types.TInt32> labels = null;
    Operand<TFloat32> v;
    if (classes > 0) {
      labels = tf.withName("labels").placeholder(org.tensorflow.types.TInt32.class, Placeholder.shape(Shape.of(batch)));
      Operand<TFloat32> u = tf.random.randomUniform(tf.constant(new int[] {batch}), TFloat32.class,
          RandomUniform.seed(seed), RandomUniform.seed2(3L));
      Operand<org.tensorflow.types.TInt32> kept = tf.select(tf.math.less(u, tf.constant((float) labelDropout)),
          tf.fill(tf.constant(new int[] {batch}), tf.constant(classes)), labels);
      v = net.apply(tf, p.xt(), t, kept);
    } else {
      v = net.apply(tf, p.xt(), t);
    }
    Operand<TFloat32> velocityLoss = tf.math.mean(
        tf.math.squaredDifference(v, tf.stopGradient(p.ut())), tf.constant(new int[] {0, 1}));
    Operand<TFloat32> loss = velocityLoss;
    java.util.List<org.tensorflow.op.core.Variable<TFloat32>> trained = new java.util.ArrayList<>(net.trainableVariables());
    if (scoreNet != null) {
      Operand<TFloat32> out = scoreNet.apply(tf, p.xt(), t);
      Operand<TFloat32> residual = objective.equals("velocity-denoiser")
          ? tf.math.sub(out, z)
          : tf.math.add(tf.math.mul(path.gamma(tf, t), out), z);
      loss = tf.math.add(velocityLoss, tf.math.mean(tf.math.square(residual), tf.constant(new int[] {0, 1})));
      trained.addAll(scoreNet.trainableVariables());
    }
    loss = tf.withName("loss").identity(loss);
    Op step = Adam.minimize(tf, loss, trained, optimizer);
    WeightAverage average = ema > 0 ? WeightAverage.over(tf, trained, ema, step) : null;
    TrainingGraph g = new TrainingGraph(x0, x1, loss, average != null ? average.step : step, t);
    g.labels = labels;
    g.installAverage = average != null ? average.install : null;
    return g;
  }
}
