package io.flowbridge.ot.sinkhorn;

import io.flowbridge.ot.plan.DensePlan;
import java.util.Arrays;

/**
 * The Sinkhorn engine behind {@link Sinkhorn} and {@link UnbalancedSinkhorn}: log-domain iterates
 * with a cached, stabilised kernel (Schmitzer, "Stabilized sparse scaling algorithms for entropy
 * regularized transport problems", SIAM J. Sci. Comput. 2019, §3).
 *
 * <p>The iterates are the dual potentials in the log domain, F_i = f̄_i + ε·log u_i and
 * G_j = ḡ_j + ε·log v_j, and the plan is π_ij = c_ij·exp((F_i + G_j − C_ij)/ε) = u_i·K_ij·v_j with
 * the kernel K_ij = c_ij·exp((f̄_i + ḡ_j − C_ij)/ε) taken around reference potentials f̄, ḡ
 * (c_ij = 1 balanced; a_i·b_j unbalanced, the KL(π | a⊗b) regularisation). One iteration is the
 * log-domain update F_i ← κ·(ε log a_i − ε LSE_j(log c_ij + (G_j − C_ij)/ε)), then the same for G
 * (κ = 1 balanced, κ = ρ/(ρ+ε) unbalanced); written with the kernel it is
 * u_i = (a_i/(Kv)_i)^κ·e^{−(1−κ)f̄_i/ε}: two passes of multiply-adds instead of n·m exponentials.
 * Stability comes from the references:
 * <ul>
 *   <li>a full kernel build is a log-sum-exp with the row max: f̄_i makes the largest entry of
 *       every row exactly 1, so no row sum underflows, however small ε is;
 *   <li>a scaling that leaves [1e-30, 1e30] is absorbed into its potential (f̄_i += ε log u_i,
 *       u_i = 1) and that row or column of K is recomputed exactly;
 *   <li>a row or column sum that underflows (below 1e-200) has its kernel line rebuilt around its
 *       own max, as in the full build.
 * </ul>
 *
 * <p>Balanced updates can be over-relaxed (F ← (1−ω)·F + ω·(Sinkhorn update), i.e.
 * u_i ← u_i^(1−ω)·(a_i/(Kv)_i)^ω = (a_i/(Kv)_i)·q_i^(1−ω) with q_i = u_i(Kv)_i/a_i, same for v;
 * {@link SinkhornOptions#overRelaxation()}), q^(1−ω) taken to second order by
 * {@link #relaxation}, with ω chosen by {@link #chooseOmega}. It needs only the previous scaling: a row or column whose kernel
 * line is rebuilt or absorbed takes a plain update once, since its scaling then refers to a new
 * reference. The fixed point is Sinkhorn's, so the plan is the same to the tolerance; as the rows
 * are then off their marginal too, the stopping test adds their error Σ|u_i(Kv)_i − a_i|.
 *
 * <p>Layout: K is kept as one array per row, so HotSpot can vectorise the axpy t += u_i·K_i (four
 * rows at once) without proving the rows' offsets congruent. Large kernels take one pass per
 * iteration: the row update, Kᵀu and the column marginal error share it, each row's dot product
 * with v read from memory once and its axpy served from L1 right after (the dot products stay
 * scalar, but memory is the bound there). Kernels that fit in cache (n·m ≤ 2^17) also keep Kᵀ by
 * rows, so Kv is an axpy over the rows of Kᵀ as well: two vectorised passes beat one half-scalar
 * pass by about 30% while both copies stay in L2.
 */
final class StabilizedSinkhorn {
  private static final double TAU = 1e30;
  private static final double LOG_TAU = Math.log(TAU);
  private static final double UNDERFLOW = 1e-200;
  /** Up to this many kernel entries Kᵀ is kept as well (two copies of 1 MB at most). */
  static final long TRANSPOSED_MAX_ENTRIES = 1L << 17;
  /** Upper bound of the relaxation factor (ω → 2 is the stability limit). */
  static final double OMEGA_MAX = 1.9;
  /** Two rate estimates agree when they differ by at most this fraction. */
  private static final double RATE_AGREEMENT = 0.15;
  /** Growth allowed at the first check after ω leaves 1 (the row error it adds is about ω(ω − 1)). */
  private static final double GRACE = 8;
  /** Checks after ω leaves 1 before the error must be below its value at the switch. */
  private static final int WINDOW = 6;

  private final double[] cost;
  private final int n;
  private final int m;
  private final double[] a;
  private final double[] b;
  private final double[] logA;
  private final double[] logB;
  private final double regM;
  private final boolean balanced;
  private final double[][] kernel;
  /** Kᵀ by rows (kernelT[j][i] = K_ij) for cache-sized kernels, else null. */
  private final double[][] kernelT;
  private final double[] kv;
  private final double[] fRef;
  private final double[] gRef;
  private final double[] u;
  private final double[] v;
  private final double[] t;
  /** (Kv)_i from the last row pass; while v is unchanged the plan's row sums are u_i·rowDot_i. */
  private final double[] rowDot;
  private boolean rowDotCurrent;
  private final double[] nextLogV;
  /** log c_ij = rowOffset_i + colOffset_j (0 balanced, log a_i + log b_j unbalanced). */
  private final double[] rowOffset;
  private final double[] colOffset;
  private final double[] colTerm;
  private final double[] dots = new double[4];
  private double eps;
  private double kappa;
  /** Whether the balanced updates are over-relaxed ({@link SinkhornOptions#overRelaxation()}). */
  private boolean relax;
  /** The relaxation factor of the next update (1: a plain Sinkhorn update). */
  private double omega = 1;
  /** ω of the last row pass: if not 1 the plan's rows are off their marginal as well. */
  private double rowOmega = 1;
  /** Marginal error at the previous check of this stage (+∞ at its start). */
  private double lastError;
  /** Estimate of the plain iteration's contraction rate ρ from the last check (NaN: none yet). */
  private double lastRate;
  private int relaxFailures;
  /** Checks of this stage so far, and the first one at which ω may leave 1 again. */
  private long checks;
  private long plainUntil;
  /** Marginal error two checks back. */
  private double earlierError;
  /** Checks since ω last left 1. */
  private int relaxedChecks;
  /** The error at the check where ω last left 1. */
  private double switchError;

  /**
   * @param regM the marginal relaxation ρ &gt; 0 of unbalanced transport, or +∞ for balanced
   *     transport; a and b have no zero entries
   */
  StabilizedSinkhorn(double[] cost, double[] a, double[] b, double regM) {
    this(cost, a, b, regM, (long) a.length * b.length <= TRANSPOSED_MAX_ENTRIES);
  }

  /** As above, choosing the layout: with {@code transposed} K is also kept by columns. */
  StabilizedSinkhorn(double[] cost, double[] a, double[] b, double regM, boolean transposed) {
    this.cost = cost;
    this.n = a.length;
    this.m = b.length;
    this.a = a;
    this.b = b;
    this.regM = regM;
    this.balanced = Double.isInfinite(regM);
    logA = new double[n];
    logB = new double[m];
    for (int i = 0; i < n; i++) {
      logA[i] = Math.log(a[i]);
    }
    for (int j = 0; j < m; j++) {
      logB[j] = Math.log(b[j]);
    }
    kernel = KernelBuffers.take(0, n, m);
    kernelT = transposed ? KernelBuffers.take(1, m, n) : null;
    kv = transposed ? new double[n] : null;
    fRef = new double[n];
    gRef = new double[m];
    u = new double[n];
    v = new double[m];
    t = new double[m];
    rowDot = new double[n];
    nextLogV = balanced ? null : new double[m];
    // For balanced transport a factor a_i·b_j in the kernel would only rescale u and v.
    rowOffset = balanced ? new double[n] : logA;
    colOffset = balanced ? new double[m] : logB;
    colTerm = new double[m];
  }

  SinkhornResult solve(SinkhornOptions options) {
    double target = options.reg();
    int budget = options.maxIterations();
    int iterations = 0;
    double error = Double.POSITIVE_INFINITY;
    boolean stageConverged = false;
    double[] schedule = schedule(target, options.epsilonScaling());
    relax = balanced && options.overRelaxation();
    for (int stage = 0; stage < schedule.length && iterations < budget; stage++) {
      boolean last = stage == schedule.length - 1;
      setEpsilon(schedule[stage]);
      // Intermediate stages only need potentials good enough to warm-start the next ε.
      double stageTolerance = last ? options.tolerance() : Math.max(options.tolerance(), 1e-3);
      stageConverged = false;
      while (iterations < budget) {
        rowPass();
        iterations++;
        error = columnError();
        if (error <= stageTolerance) {
          stageConverged = true;
          break;
        }
        if (relax) {
          chooseOmega(error);
        }
        columnUpdate();
      }
      if (!last && iterations < budget) {
        carryPotentials();
      }
    }
    boolean finished = stageConverged && eps == target;
    return finish(iterations, error, finished, options.tolerance());
  }

  /** ε for each stage: halving from the cost's range down to the target when scaling. */
  private double[] schedule(double target, boolean scaling) {
    if (!scaling) {
      return new double[] {target};
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double c : cost) {
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    }
    double start = hi - lo;
    int stages = 1;
    for (double e = start; e > target; e /= 2) {
      stages++;
    }
    double[] out = new double[stages];
    double e = start;
    for (int s = 0; s < stages - 1; s++, e /= 2) {
      out[s] = e;
    }
    out[stages - 1] = target;
    return out;
  }

  /** Starts a stage at ε: a full kernel build around the current column potentials G. */
  private void setEpsilon(double newEps) {
    eps = newEps;
    kappa = balanced ? 1.0 : regM / (regM + newEps);
    buildKernel();
    // u and v are relative to the new references now: the first updates must be plain ones.
    omega = 1;
    lastError = Double.POSITIVE_INFINITY;
    lastRate = Double.NaN;
    relaxFailures = 0;
    earlierError = Double.POSITIVE_INFINITY;
    relaxedChecks = 0;
    checks = 0;
    plainUntil = 0;
  }

  /**
   * ω for the next column and row updates, from the marginal errors of the last checks (Thibault,
   * Chizat, Dossal &amp; Papadakis, "Overrelaxed Sinkhorn–Knopp algorithm for regularized optimal
   * transport", Algorithms 2021; Lehmann, von Renesse, Sambale &amp; Uschmajew, "A note on
   * overrelaxation in the Sinkhorn algorithm", Optim. Lett. 2022). Near the fixed point plain
   * Sinkhorn contracts the error by some ρ &lt; 1 per iteration; relaxed by ω it contracts by λ with
   * (λ + ω − 1)² = λ·ω²·ρ (Young's relation for SOR), and the best ω is 2/(1 + √(1 − ρ)), which
   * contracts by ω − 1. So ρ is recovered from λ = e_k/e_{k−1} under the current ω, and ω is
   * raised to the optimum for it once two consecutive estimates agree within 15% (the iteration
   * has left its transient phase), capped at {@link #OMEGA_MAX}. Estimates only raise ω: past the
   * optimum λ stays near ω − 1 and says nothing new.
   *
   * <p>Safety: when ω leaves 1 the error may grow for a few checks (the row error a relaxed row
   * update leaves, and the transient k·(ω − 1)^k at the optimum) but not beyond {@link #GRACE}
   * times its value at the switch, and after {@link #WINDOW} checks it must be below that value;
   * later it must not grow over two checks. Any failure drops ω to 1 for twice as many checks as
   * the previous one did, and plain Sinkhorn, which converges from any iterate, takes over.
   */
  private void chooseOmega(double error) {
    double previous = lastError;
    double beforePrevious = earlierError;
    earlierError = previous;
    lastError = error;
    checks++;
    if (omega > 1) {
      relaxedChecks++;
      boolean failed;
      if (relaxedChecks < WINDOW) {
        // Leaving ω = 1 adds a row error (about ω(ω − 1) times the plain one) that plain updates
        // do not have, and near the optimal ω the error has a transient growth k·(ω − 1)^k: for a
        // few checks only growth beyond a bound fails.
        failed = !(error < GRACE * switchError);
      } else if (relaxedChecks == WINDOW) {
        failed = !(error < switchError);
      } else {
        // Past the optimal ω the error decays with oscillations: growth over two checks fails.
        failed = !(error < Math.max(previous, beforePrevious));
      }
      if (failed) {
        // Back off: plain updates for twice as many checks as after the previous failure.
        relaxFailures++;
        plainUntil = checks + (1L << Math.min(relaxFailures, 30));
        omega = 1;
        lastRate = Double.NaN;
        return;
      }
      if (relaxedChecks < WINDOW || !(error < previous)) {
        lastRate = Double.NaN;
        return;
      }
    }
    if (checks < plainUntil || !(error < previous)) {
      lastRate = Double.NaN;
      return;
    }
    double lambda = error / previous;
    double w = omega;
    double rate = (lambda + w - 1) * (lambda + w - 1) / (lambda * w * w);
    double agreed = lastRate;
    lastRate = rate;
    if (!(Math.abs(rate - agreed) <= RATE_AGREEMENT * agreed) || rate >= 1) {
      return;
    }
    double best = Math.min(OMEGA_MAX, 2 / (1 + Math.sqrt(1 - Math.min(rate, agreed))));
    if (best > omega) {
      if (omega == 1) {
        relaxedChecks = 0;
        switchError = error;
      }
      omega = best;
    }
  }

  /** Folds the column scalings into the potentials (cost units) before ε changes. */
  private void carryPotentials() {
    for (int j = 0; j < m; j++) {
      gRef[j] += eps * Math.log(v[j]);
    }
  }

  /**
   * K_ij = exp(y_ij − M_i) with y_ij = (ḡ_j − C_ij)/ε + log c_ij and M_i the row max (so
   * f̄_i = −ε·(M_i + rowOffset_i)), and v = 1: the log-sum-exp form of a row update, one
   * exponential per entry and no row without an entry 1.
   */
  private void buildKernel() {
    double inv = 1 / eps;
    for (int j = 0; j < m; j++) {
      colTerm[j] = gRef[j] * inv + colOffset[j];
    }
    for (int i = 0; i < n; i++) {
      double[] k = kernel[i];
      // Copy the cost row first: loops over arrays that all start at index 0 vectorise, a loop
      // mixing a row array with an offset into the flat cost does not.
      System.arraycopy(cost, i * m, k, 0, m);
      exponents(k, colTerm, inv);
      double max = max(k);
      FastExp.expInPlace(k, m, max);
      fRef[i] = -eps * (max + rowOffset[i]);
    }
    if (kernelT != null) {
      transpose();
    }
    Arrays.fill(v, 1.0);
  }

  /** kernelT = Kᵀ. */
  private void transpose() {
    // Eight rows at a time: their arrays are read in step and each column's eight values land in
    // one cache line of kernelT[j]. Element by element (one row of kernelT per write) this took
    // ~19% of a 10-iteration solve at n = 256 in a JFR profile.
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      double[] k0 = kernel[i];
      double[] k1 = kernel[i + 1];
      double[] k2 = kernel[i + 2];
      double[] k3 = kernel[i + 3];
      double[] k4 = kernel[i + 4];
      double[] k5 = kernel[i + 5];
      double[] k6 = kernel[i + 6];
      double[] k7 = kernel[i + 7];
      for (int j = 0; j < m; j++) {
        double[] t = kernelT[j];
        t[i] = k0[j];
        t[i + 1] = k1[j];
        t[i + 2] = k2[j];
        t[i + 3] = k3[j];
        t[i + 4] = k4[j];
        t[i + 5] = k5[j];
        t[i + 6] = k6[j];
        t[i + 7] = k7[j];
      }
    }
    for (; i < n; i++) {
      double[] k = kernel[i];
      for (int j = 0; j < m; j++) {
        kernelT[j][i] = k[j];
      }
    }
  }

  /**
   * row[j] = colTerm[j] − row[j]·inv, in place. Hot loops live in small methods of their own:
   * HotSpot vectorises them reliably there, not always when inlined into a large loop nest.
   */
  private static void exponents(double[] row, double[] colTerm, double inv) {
    for (int j = 0; j < row.length; j++) {
      row[j] = colTerm[j] - row[j] * inv;
    }
  }

  /**
   * The largest of x (finite values). Four independent running maxima with plain comparisons: a
   * single Math.max chain waits on each step's NaN-aware select, and over a 256 × 256 kernel that
   * was ~6% of a 10-iteration solve. The result is the same value either way.
   */
  private static double max(double[] x) {
    double m0 = Double.NEGATIVE_INFINITY;
    double m1 = m0;
    double m2 = m0;
    double m3 = m0;
    int i = 0;
    for (; i + 4 <= x.length; i += 4) {
      m0 = x[i] > m0 ? x[i] : m0;
      m1 = x[i + 1] > m1 ? x[i + 1] : m1;
      m2 = x[i + 2] > m2 ? x[i + 2] : m2;
      m3 = x[i + 3] > m3 ? x[i + 3] : m3;
    }
    for (; i < x.length; i++) {
      m0 = x[i] > m0 ? x[i] : m0;
    }
    return Math.max(Math.max(m0, m1), Math.max(m2, m3));
  }

  /** u from v, and t = Kᵀu: one pass over K, or with Kᵀ kept two vectorised passes. */
  private void rowPass() {
    rowDotCurrent = true;
    rowOmega = omega;
    if (kernelT != null) {
      twoPasses();
      return;
    }
    Arrays.fill(t, 0);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      dot4(kernel[i], kernel[i + 1], kernel[i + 2], kernel[i + 3]);
      double u0 = rowScaling(i, dots[0]);
      double u1 = rowScaling(i + 1, dots[1]);
      double u2 = rowScaling(i + 2, dots[2]);
      double u3 = rowScaling(i + 3, dots[3]);
      u[i] = u0;
      u[i + 1] = u1;
      u[i + 2] = u2;
      u[i + 3] = u3;
      axpy4(t, kernel[i], kernel[i + 1], kernel[i + 2], kernel[i + 3], u0, u1, u2, u3);
    }
    for (; i < n; i++) {
      double ui = rowScaling(i, dot(kernel[i], v));
      u[i] = ui;
      axpy(t, kernel[i], ui);
    }
  }

  /** Kv = Σ_j v_j·(Kᵀ)_j, the row updates, then Kᵀu = Σ_i u_i·K_i: axpys over rows only. */
  private void twoPasses() {
    Arrays.fill(kv, 0);
    int j = 0;
    for (; j + 4 <= m; j += 4) {
      axpy4(kv, kernelT[j], kernelT[j + 1], kernelT[j + 2], kernelT[j + 3], v[j], v[j + 1], v[j + 2], v[j + 3]);
    }
    for (; j < m; j++) {
      axpy(kv, kernelT[j], v[j]);
    }
    for (int i = 0; i < n; i++) {
      u[i] = rowScaling(i, kv[i]);
    }
    Arrays.fill(t, 0);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      axpy4(t, kernel[i], kernel[i + 1], kernel[i + 2], kernel[i + 3], u[i], u[i + 1], u[i + 2], u[i + 3]);
    }
    for (; i < n; i++) {
      axpy(t, kernel[i], u[i]);
    }
  }

  private void dot4(double[] k0, double[] k1, double[] k2, double[] k3) {
    double[] vv = v;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    for (int j = 0; j < m; j++) {
      double vj = vv[j];
      s0 += k0[j] * vj;
      s1 += k1[j] * vj;
      s2 += k2[j] * vj;
      s3 += k3[j] * vj;
    }
    dots[0] = s0;
    dots[1] = s1;
    dots[2] = s2;
    dots[3] = s3;
  }

  private static double dot(double[] k, double[] x) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    int len = x.length;
    for (; j + 4 <= len; j += 4) {
      s0 += k[j] * x[j];
      s1 += k[j + 1] * x[j + 1];
      s2 += k[j + 2] * x[j + 2];
      s3 += k[j + 3] * x[j + 3];
    }
    for (; j < len; j++) {
      s0 += k[j] * x[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** row[j] = ui·row[j]·v[j], in place, and cols[j] += the new row[j]. */
  private static void scale(double[] row, double ui, double[] v, double[] cols) {
    for (int j = 0; j < row.length; j++) {
      double p = ui * row[j] * v[j];
      row[j] = p;
      cols[j] += p;
    }
  }

  /** Σ_j plan[j]·cost[offset + j]. */
  private static double rowCost(double[] plan, double[] cost, int offset) {
    double c0 = 0;
    double c1 = 0;
    double c2 = 0;
    double c3 = 0;
    int m = plan.length;
    int j = 0;
    for (; j + 4 <= m; j += 4) {
      c0 += plan[j] * cost[offset + j];
      c1 += plan[j + 1] * cost[offset + j + 1];
      c2 += plan[j + 2] * cost[offset + j + 2];
      c3 += plan[j + 3] * cost[offset + j + 3];
    }
    for (; j < m; j++) {
      c0 += plan[j] * cost[offset + j];
    }
    return (c0 + c1) + (c2 + c3);
  }

  private static double sum(double[] x) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 4 <= x.length; j += 4) {
      s0 += x[j];
      s1 += x[j + 1];
      s2 += x[j + 2];
      s3 += x[j + 3];
    }
    for (; j < x.length; j++) {
      s0 += x[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** y += c0·x0 + c1·x1 + c2·x2 + c3·x3 (all arrays of y's length). */
  private static void axpy4(double[] y, double[] x0, double[] x1, double[] x2, double[] x3,
      double c0, double c1, double c2, double c3) {
    for (int j = 0; j < y.length; j++) {
      y[j] += c0 * x0[j] + c1 * x1[j] + c2 * x2[j] + c3 * x3[j];
    }
  }

  private static void axpy(double[] y, double[] x, double c) {
    for (int j = 0; j < y.length; j++) {
      y[j] += c * x[j];
    }
  }

  /**
   * The row update for row i given s = (Kv)_i; repairs the row's kernel line when needed. Over-relaxed
   * (balanced, ω ≠ 1) it is u_i^(1−ω)·(a_i/s)^ω, i.e. F_i ← (1−ω)·F_i + ω·(Sinkhorn update), read
   * from u_i before it is overwritten.
   */
  private double rowScaling(int i, double s) {
    double w = rowOmega;
    if (!(s > UNDERFLOW)) {
      // The rebuild moves f̄_i, so the old u_i is relative to another reference: a plain update.
      rebuildRow(i);
      s = dot(kernel[i], v);
      w = 1;
    }
    rowDot[i] = s;
    double logU;
    if (balanced) {
      double ui = a[i] / s;
      double relax = 1;
      if (w != 1) {
        // u_i·s/a_i is the row's marginal ratio before the update; 1 at the fixed point.
        relax = relaxation(u[i] * (s / a[i]), 1 - w);
        ui *= relax;
      }
      if (ui <= TAU && ui >= 1 / TAU) {
        return ui;
      }
      logU = logA[i] - Math.log(s) + Math.log(relax);
    } else {
      logU = kappa * (logA[i] - Math.log(s)) - (1 - kappa) * fRef[i] / eps;
      if (Math.abs(logU) <= LOG_TAU) {
        return Math.exp(logU);
      }
    }
    // Absorb: f̄_i += ε log u_i makes u_i = 1 up to rounding; recompute the line exactly and redo
    // the update around the new reference (plain: the old u_i is folded in, so a plain update
    // there is the whole Sinkhorn step; relaxed, the same step keeps this row unrelaxed once).
    fRef[i] += eps * logU;
    recomputeRow(i);
    s = dot(kernel[i], v);
    rowDot[i] = s;
    return balanced ? a[i] / s : Math.exp(kappa * (logA[i] - Math.log(s)) - (1 - kappa) * fRef[i] / eps);
  }

  /**
   * q^s for the relaxed update (s = 1 − ω ∈ (−1, 0), q the marginal ratio before the update), by its
   * [1/1] Padé approximant at q = 1, ((1 − s) + (1 + s)·q)/((1 + s) + (1 − s)·q): it matches q^s to
   * second order in q − 1, where the rate and thus ω matter, and costs one division instead of a
   * pow (which made a relaxed iteration ~25% dearer at n = 256). Like q^s it is positive, decreasing
   * and 1 only at q = 1, so the fixed point is Sinkhorn's; unlike it, it stays within
   * [(1 − s)/(1 + s), (1 + s)/(1 − s)] far from convergence, which only tempers the relaxation.
   */
  private static double relaxation(double q, double s) {
    double r = Math.min(q, 1e300);
    return ((1 - s) + (1 + s) * r) / ((1 + s) + (1 - s) * r);
  }

  /**
   * The column marginal error of the plan (u, K, v) whose rows were just updated: balanced,
   * Σ_j |v_j t_j − b_j|; unbalanced, the change Σ_j |v_j − v'_j|·t_j the next column update makes.
   */
  private double columnError() {
    double err = 0;
    if (balanced) {
      for (int j = 0; j < m; j++) {
        err += Math.abs(v[j] * t[j] - b[j]);
      }
      if (rowOmega != 1) {
        // A relaxed row update leaves the row sums u_i·(Kv)_i off a as well.
        for (int i = 0; i < n; i++) {
          err += Math.abs(u[i] * rowDot[i] - a[i]);
        }
      }
      return err;
    }
    for (int j = 0; j < m; j++) {
      double logNext = kappa * (logB[j] - Math.log(t[j])) - (1 - kappa) * gRef[j] / eps;
      nextLogV[j] = logNext;
      double diff = Math.abs(v[j] - Math.exp(logNext)) * t[j];
      // An underflowed column gives 0·∞: count its whole weight as error.
      err += Double.isNaN(diff) ? b[j] : diff;
    }
    return err;
  }

  /** v from u (t = Kᵀu), over-relaxed as the rows when ω ≠ 1; repairs kernel columns when needed. */
  private void columnUpdate() {
    rowDotCurrent = false;
    double w = omega;
    for (int j = 0; j < m; j++) {
      double tj = t[j];
      double logV;
      if (!(tj > UNDERFLOW)) {
        rebuildColumn(j);
        tj = columnDot(j);
        t[j] = tj;
        logV = balanced ? logB[j] - Math.log(tj) : kappa * (logB[j] - Math.log(tj)) - (1 - kappa) * gRef[j] / eps;
      } else if (balanced) {
        double vj = b[j] / tj;
        double relax = 1;
        if (w != 1) {
          relax = relaxation(v[j] * (tj / b[j]), 1 - w);
          vj *= relax;
        }
        if (vj <= TAU && vj >= 1 / TAU) {
          v[j] = vj;
          continue;
        }
        logV = logB[j] - Math.log(tj) + Math.log(relax);
      } else {
        logV = nextLogV[j];
      }
      if (Math.abs(logV) <= LOG_TAU) {
        v[j] = Math.exp(logV);
        continue;
      }
      gRef[j] += eps * logV;
      recomputeColumn(j);
      double s = columnDot(j);
      t[j] = s;
      v[j] = balanced ? b[j] / s : Math.exp(kappa * (logB[j] - Math.log(s)) - (1 - kappa) * gRef[j] / eps);
    }
  }

  private double columnDot(int j) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += kernel[i][j] * u[i];
    }
    return s;
  }

  /** Row i of K around its own max: f̄_i/ε + log c_i· = −max_j ((ḡ_j − C_ij)/ε + log c_·j). */
  private void rebuildRow(int i) {
    int row = i * m;
    double inv = 1 / eps;
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < m; j++) {
      max = Math.max(max, (gRef[j] - cost[row + j]) * inv + colOffset[j]);
    }
    fRef[i] = -eps * (max + rowOffset[i]);
    recomputeRow(i);
  }

  /** Column j of K around its own max, as {@link #rebuildRow} with the roles swapped. */
  private void rebuildColumn(int j) {
    double inv = 1 / eps;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, (fRef[i] - cost[i * m + j]) * inv + rowOffset[i]);
    }
    gRef[j] = -eps * (max + colOffset[j]);
    recomputeColumn(j);
  }

  /** K_ij = exp((f̄_i + ḡ_j − C_ij)/ε + log c_ij) for row i, exactly (Math.exp), clamped below. */
  private void recomputeRow(int i) {
    double[] k = kernel[i];
    int row = i * m;
    double inv = 1 / eps;
    double f = fRef[i] * inv + rowOffset[i];
    for (int j = 0; j < m; j++) {
      double x = f + (gRef[j] - cost[row + j]) * inv + colOffset[j];
      k[j] = Math.exp(Math.max(x, FastExp.MIN_ARG));
    }
    if (kernelT != null) {
      for (int j = 0; j < m; j++) {
        kernelT[j][i] = k[j];
      }
    }
  }

  private void recomputeColumn(int j) {
    double inv = 1 / eps;
    double g = gRef[j] * inv + colOffset[j];
    for (int i = 0; i < n; i++) {
      double x = g + (fRef[i] - cost[i * m + j]) * inv + rowOffset[i];
      kernel[i][j] = Math.exp(Math.max(x, FastExp.MIN_ARG));
    }
    if (kernelT != null) {
      for (int i = 0; i < n; i++) {
        kernelT[j][i] = kernel[i][j];
      }
    }
  }

  /**
   * π = diag(u)·K·diag(v), its cost and (balanced) its marginal error measured on π: column sums
   * accumulated here, row sums u_i·(Kv)_i from the last row pass when v has not changed since
   * (the same sums in another order), else added up here.
   */
  private SinkhornResult finish(int iterations, double loopError, boolean loopConverged, double tolerance) {
    double[] plan = new double[n * m];
    double[] cols = new double[m];
    double[] rows = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      // In place in the row (all loops start at index 0 and vectorise), then one bulk copy.
      double[] k = kernel[i];
      int row = i * m;
      scale(k, u[i], v, cols);
      total += rowCost(k, cost, row);
      rows[i] = rowDotCurrent ? u[i] * rowDot[i] : sum(k);
      System.arraycopy(k, 0, plan, row, m);
    }
    DensePlan result = new DensePlan(plan, n, m);
    if (!balanced) {
      return new SinkhornResult(result, total, iterations, loopError, loopConverged);
    }
    double err = 0;
    for (int i = 0; i < n; i++) {
      err += Math.abs(rows[i] - a[i]);
    }
    for (int j = 0; j < m; j++) {
      err += Math.abs(cols[j] - b[j]);
    }
    return new SinkhornResult(result, total, iterations, err, loopConverged && err <= tolerance);
  }
}
