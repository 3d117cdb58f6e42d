package io.flowbridge.core.metric;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import java.util.List;

/**
 * Maximum mean discrepancy with a mixture of RBF kernels {@code k(x,y) = mean_σ exp(−‖x−y‖²/(2σ²))}
 * (MATH.md §6): the biased (V-statistic) estimate {@code MMD² = E k(a,a') + E k(b,b') − 2 E k(a,b)},
 * which is ≥ 0 and exactly 0 for identical sets; reported as its square root.
 */
public final class Mmd {
  private Mmd() {}

  public static double rbf(Points a, Points b, List<Double> bandwidths) {
    if (a.dim() != b.dim()) {
      throw new FlowbridgeException("mmd: dimensions differ: " + a.dim() + " vs " + b.dim());
    }
    if (bandwidths.isEmpty() || bandwidths.stream().anyMatch(s -> !(s > 0))) {
      throw new FlowbridgeException("mmd: bandwidths must be > 0, got " + bandwidths);
    }
    double[] gammas = bandwidths.stream().mapToDouble(s -> 1.0 / (2 * s * s)).toArray();
    double aa = meanKernel(a, a, gammas);
    double bb = meanKernel(b, b, gammas);
    double ab = meanKernel(a, b, gammas);
    return Math.sqrt(Math.max(0, aa + bb - 2 * ab));
  }

  private static double meanKernel(Points x, Points y, double[] gammas) {
    int d = x.dim();
    float[] xv = x.values();
    float[] yv = y.values();
    double total = 0;
    for (int i = 0; i < x.count(); i++) {
      for (int j = 0; j < y.count(); j++) {
        double sq = 0;
        for (int k = 0; k < d; k++) {
          double diff = xv[i * d + k] - yv[j * d + k];
          sq += diff * diff;
        }
        double k = 0;
        for (double g : gammas) k += Math.exp(-g * sq);
        total += k / gammas.length;
      }
    }
    return total / ((double) x.count() * y.count());
  }
}
