package io.flowbridge.ot.bench;

import io.flowbridge.ot.cost.SquaredEuclidean;
import io.flowbridge.ot.sinkhorn.Sinkhorn;
import io.flowbridge.ot.sinkhorn.SinkhornOptions;
import io.flowbridge.ot.sinkhorn.SinkhornResult;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Entropic OT between two N(0, I) clouds of n points in d = 2, single thread, in the setting of the
 * POT reference figures: ε = 0.05 on the cost divided by its max, uniform weights. {@code solve}
 * times {@link Sinkhorn#solve} on the precomputed normalised cost (POT's {@code ot.sinkhorn(a, b,
 * M / M.max(), 0.05)}); {@code costAndSolve} also builds and normalises the cost from the points,
 * as the sinkhorn coupling does. {@code tolerance} is the L1 marginal error to stop at. POT's
 * default rule (L2 error of the column marginal ≤ 1e-9, checked every 10 iterations) stops these
 * instances after 20 iterations with an L1 error of 1e-10 (n = 64) to 1.2e-11 (n = 1024), so
 * 1e-11 is at least as strict as POT's default; 1e-6 and 1e-9 are looser settings.
 * {@code overRelaxation} runs the same instances with and without over-relaxed updates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector",
    "-XX:+UseTransparentHugePages"})
public class SinkhornBenchmark {
  @Param({"64", "256", "1024"})
  public int n;

  @Param({"1e-6", "1e-9", "1e-11"})
  public double tolerance;

  /** {@link SinkhornOptions#overRelaxation()}: both in one run, for a side-by-side comparison. */
  @Param({"true", "false"})
  public boolean overRelaxation;

  private static final int D = 2;
  private static final double REG = 0.05;

  private float[] x0;
  private float[] x1;
  private double[] cost;
  private double[] weights;
  private SinkhornOptions options;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1_000_003L * n);
    x0 = new float[n * D];
    x1 = new float[n * D];
    for (int k = 0; k < x0.length; k++) {
      x0[k] = (float) random.nextGaussian();
      x1[k] = (float) random.nextGaussian();
    }
    cost = normalisedCost(x0, x1, n);
    weights = new double[n];
    Arrays.fill(weights, 1.0 / n);
    options = new SinkhornOptions(REG, tolerance, 1000, false, overRelaxation);
    SinkhornResult check = Sinkhorn.solve(cost, weights, weights, options);
    if (!check.converged()) {
      throw new IllegalStateException("benchmark instance did not converge: " + check);
    }
  }

  private static double[] normalisedCost(float[] a, float[] b, int n) {
    float[] c = SquaredEuclidean.matrix(a, n, b, n, D);
    float max = 0;
    for (float v : c) {
      max = Math.max(max, v);
    }
    double[] out = new double[c.length];
    double inv = max > 0 ? 1.0 / max : 1.0;
    for (int e = 0; e < c.length; e++) {
      out[e] = c[e] * inv;
    }
    return out;
  }

  @Benchmark
  public SinkhornResult solve() {
    return Sinkhorn.solve(cost, weights, weights, options);
  }

  @Benchmark
  public SinkhornResult costAndSolve() {
    return Sinkhorn.solve(normalisedCost(x0, x1, n), weights, weights, options);
  }
}
