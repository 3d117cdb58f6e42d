package io.flowbridge.ot.assignment;

import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Random;
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
 * The package-private solvers side by side on d=2 N(0, I) clouds (costs excluded): dense LAPJV on
 * float and on double costs, and the candidate-graph LAPJV that {@link LinearAssignment} uses
 * above {@value LinearAssignment#DENSE_MAX_N} rows. Lives in the solvers' package to reach them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector",
    "-XX:+UseTransparentHugePages"})
public class SolverComparisonBenchmark {
  @Param({"256", "512", "1024"})
  public int n;

  private float[] cost;
  private double[] costDouble;

  @Setup
  public void setUp() {
    Random rnd = new Random(1_000_003L * n + 2);
    float[] a = new float[2 * n];
    float[] b = new float[2 * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) rnd.nextGaussian();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = (float) rnd.nextGaussian();
    }
    cost = SquaredEuclidean.matrix(a, n, b, n, 2);
    costDouble = new double[cost.length];
    for (int i = 0; i < cost.length; i++) {
      costDouble[i] = cost[i];
    }
  }

  @Benchmark
  public int[] denseFloat() {
    return DenseJonkerVolgenant.solve(cost, n);
  }

  @Benchmark
  public int[] denseDouble() {
    return DenseJonkerVolgenantDouble.solve(costDouble, n);
  }

  @Benchmark
  public int[] candidateGraph() {
    return SparseJonkerVolgenant.solve(cost, n);
  }
}
