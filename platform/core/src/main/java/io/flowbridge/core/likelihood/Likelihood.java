package io.flowbridge.core.likelihood;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import io.flowbridge.core.sample.Integrator;
import io.flowbridge.core.sample.Solution;
import java.util.random.RandomGenerator;

/**
 * {@code log p1(x)} of data under a flow from a standard Gaussian source, by integrating the
 * augmented system backward from t = 1 to t = 0 (MATH.md §5):
 * {@code log p1(x1) = log N(x(0); 0, I) − ∫₀¹ div v(x_t, t) dt}.
 */
public final class Likelihood {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private Likelihood() {}

  /**
   * Log-densities of {@code data} under the flow of {@code field} integrated with {@code solver};
   * {@code probes} Hutchinson probes per point (ignored for the exact divergence) drawn from {@code random}.
   */
  public static LikelihoodResult evaluate(Integrator integrator, Sampler solver, VectorField field, Points data,
      Divergence divergence, int probes, RandomGenerator random) {
    if (divergence != Divergence.EXACT && probes < 1) {
      throw new FlowbridgeException("likelihood: probes = " + probes + " is out of range; accepted: >= 1");
    }
    int d = data.dim();
    int n = data.count();
    AugmentedField augmented = new AugmentedField(field, d, divergence, probes);
    int w = augmented.width();
    float[] start = new float[n * w];
    for (int i = 0; i < n; i++) {
      System.arraycopy(data.values(), i * d, start, i * w, d);
      for (int j = d + 1; j < w; j++) {
        start[i * w + j] = divergence == Divergence.HUTCHINSON_GAUSSIAN
            ? (float) random.nextGaussian() : (random.nextBoolean() ? 1f : -1f);
      }
    }
    // One step per Session.run: the augmented field holds a gradient, so its graph is built once.
    Solution s = integrator.integrate(solver, augmented, new Points(start, n, w), 1f, 0f, false, 1);
    double[] logp = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double sq = 0;
      for (int k = 0; k < d; k++) {
        double x = s.end()[i * w + k];
        sq += x * x;
      }
      logp[i] = -0.5 * sq - 0.5 * d * LOG_2PI + s.end()[i * w + d];
      sum += logp[i];
    }
    double nll = -sum / n;
    return new LikelihoodResult(logp, nll, nll / (d * Math.log(2)), s.nfe());
  }
}
