package io.flowbridge.ot.sinkhorn;

/**
 * A textbook log-domain Sinkhorn written independently of the engine, as an oracle: every update
 * is a full log-sum-exp with the max subtracted (Peyré &amp; Cuturi, "Computational Optimal
 * Transport", 2019, §4.4), no kernel, no absorption. Slow (n·m exponentials per half-step), exact.
 */
final class LogDomainReference {
  private LogDomainReference() {}

  /**
   * The converged plan for ε, with κ = 1 (balanced, entropy Σπ(log π − 1)) or κ = ρ/(ρ+ε)
   * (unbalanced, KL(π | a⊗b) as in POT).
   */
  static double[] plan(double[] cost, double[] a, double[] b, double eps, double regM, int iterations) {
    int n = a.length;
    int m = b.length;
    boolean balanced = Double.isInfinite(regM);
    double kappa = balanced ? 1 : regM / (regM + eps);
    double[] f = new double[n];
    double[] g = new double[m];
    double[] x = new double[Math.max(n, m)];
    for (int it = 0; it < iterations; it++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          x[j] = (g[j] - cost[i * m + j]) / eps + (balanced ? 0 : Math.log(b[j]));
        }
        double lse = lse(x, m);
        f[i] = balanced ? eps * (Math.log(a[i]) - lse) : -kappa * eps * lse;
      }
      for (int j = 0; j < m; j++) {
        for (int i = 0; i < n; i++) {
          x[i] = (f[i] - cost[i * m + j]) / eps + (balanced ? 0 : Math.log(a[i]));
        }
        double lse = lse(x, n);
        g[j] = balanced ? eps * (Math.log(b[j]) - lse) : -kappa * eps * lse;
      }
    }
    double[] plan = new double[n * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double log = (f[i] + g[j] - cost[i * m + j]) / eps + (balanced ? 0 : Math.log(a[i]) + Math.log(b[j]));
        plan[i * m + j] = Math.exp(log);
      }
    }
    return plan;
  }

  private static double lse(double[] x, int len) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < len; k++) max = Math.max(max, x[k]);
    double s = 0;
    for (int k = 0; k < len; k++) s += Math.exp(x[k] - max);
    return max + Math.log(s);
  }
}
