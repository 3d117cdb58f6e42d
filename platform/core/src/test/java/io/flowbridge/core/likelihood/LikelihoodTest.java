package io.flowbridge.core.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import io.flowbridge.core.sample.Integrator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The flow x_t = e^{C(t)}·e^{k t S}·x0 from N(0, I) (C(t) = ln(1 + t(s−1)), S = [[0,1],[1,0]]):
 * v(x, t) = (c(t)·I + k·S)·x with c = (s−1)/(1+t(s−1)). Its log-density at t = 1 is
 * log N(x(0); 0, I) − 2·ln s with x(0) = e^{−kS}·x/s, which the likelihood must reproduce.
 */
class LikelihoodTest {
  static final double S = 1.7;
  static final double K = 0.6;

  static final VectorField FIELD = (tf, x, t) -> {
    Operand<TFloat32> c = tf.math.div(tf.constant((float) (S - 1)),
        tf.math.add(tf.constant(1f), tf.math.mul(t, tf.constant((float) (S - 1)))));
    Operand<TFloat32> shear = tf.linalg.matMul(x, tf.constant(new float[][] {{0, (float) K}, {(float) K, 0}}));
    return tf.math.add(tf.math.mul(x, c), shear);
  };

  record Rk4(int steps) implements Sampler {
    public float[] grid(float t0, float t1) {
      float[] g = new float[steps + 1];
      for (int i = 0; i <= steps; i++) g[i] = t0 + (t1 - t0) * i / steps;
      return g;
    }

    public Operand<TFloat32> step(Ops tf, VectorField f, Operand<TFloat32> x, Operand<TFloat32> t, Operand<TFloat32> h) {
      Operand<TFloat32> half = tf.math.mul(h, tf.constant(0.5f));
      Operand<TFloat32> k1 = f.velocity(tf, x, t);
      Operand<TFloat32> k2 = f.velocity(tf, tf.math.add(x, tf.math.mul(half, k1)), tf.math.add(t, half));
      Operand<TFloat32> k3 = f.velocity(tf, tf.math.add(x, tf.math.mul(half, k2)), tf.math.add(t, half));
      Operand<TFloat32> k4 = f.velocity(tf, tf.math.add(x, tf.math.mul(h, k3)), tf.math.add(t, h));
      Operand<TFloat32> sum = tf.math.add(tf.math.add(k1, k4), tf.math.mul(tf.constant(2f), tf.math.add(k2, k3)));
      return tf.math.add(x, tf.math.mul(tf.math.div(h, tf.constant(6f)), sum));
    }

    public int evaluationsPerStep() {
      return 4;
    }
  }

  static double closedForm(double x, double y) {
    double ch = Math.cosh(K);
    double sh = Math.sinh(K);
    double x0 = (ch * x - sh * y) / S;
    double y0 = (-sh * x + ch * y) / S;
    return -0.5 * (x0 * x0 + y0 * y0) - Math.log(2 * Math.PI) - 2 * Math.log(S);
  }

  static Points data(int n) {
    SplittableRandom r = new SplittableRandom(3);
    float[] v = new float[2 * n];
    for (int i = 0; i < v.length; i++) v[i] = (float) (2 * r.nextGaussian());
    return new Points(v, n, 2);
  }

  LikelihoodResult run(Points data, Divergence divergence, int probes) {
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      return Likelihood.evaluate(new Integrator(tf, s), new Rk4(40), FIELD, data, divergence, probes, new SplittableRandom(9));
    }
  }

  @Test
  void exactDivergenceMatchesTheClosedForm() {
    Points data = data(50);
    LikelihoodResult r = run(data, Divergence.EXACT, 0);
    double nll = 0;
    for (int i = 0; i < 50; i++) {
      double expected = closedForm(data.get(i, 0), data.get(i, 1));
      assertEquals(expected, r.logDensity()[i], 1e-3, "point " + i);
      nll -= expected / 50;
    }
    assertEquals(nll, r.nll(), 1e-3);
    assertEquals(r.nll() / (2 * Math.log(2)), r.bitsPerDim(), 1e-12);
    assertEquals(160, r.nfe());
  }

  @Test
  void hutchinsonIsUnbiasedAndSharpensWithProbes() {
    Points data = data(400);
    double exact = run(data, Divergence.EXACT, 0).nll();
    for (Divergence d : new Divergence[] {Divergence.HUTCHINSON_RADEMACHER, Divergence.HUTCHINSON_GAUSSIAN}) {
      LikelihoodResult one = run(data, d, 1);
      LikelihoodResult many = run(data, d, 16);
      double spreadOne = spread(one, data);
      double spreadMany = spread(many, data);
      // Mean error within 4 standard errors of zero; 16 probes cut the per-point spread about 4x.
      assertTrue(Math.abs(one.nll() - exact) < 4 * spreadOne / Math.sqrt(400), d + ": " + one.nll() + " vs " + exact);
      assertTrue(spreadMany < spreadOne / 2.5, d + ": spread " + spreadOne + " -> " + spreadMany);
    }
  }

  static double spread(LikelihoodResult r, Points data) {
    double sq = 0;
    for (int i = 0; i < data.count(); i++) {
      double e = r.logDensity()[i] - closedForm(data.get(i, 0), data.get(i, 1));
      sq += e * e;
    }
    return Math.sqrt(sq / data.count());
  }
}
