package io.flowbridge.ot.bench;

import io.flowbridge.ot.assignment.Assignment;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
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
 * Exact assignment between two N(0, I) clouds, single thread: {@code solve} times the solver on a
 * precomputed squared-Euclidean matrix (costs excluded), {@code costAndSolve} builds the matrix
 * from the points first (costs included), {@code cost} times the matrix alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector",
    "-XX:+UseTransparentHugePages"})
public class AssignmentBenchmark {
  @Param({"64", "128", "256", "512", "1024", "2048"})
  public int n;

  @Param({"2", "784"})
  public int d;

  private GaussianClouds clouds;
  private float[] cost;

  @Setup
  public void setUp() {
    clouds = new GaussianClouds(n, d, 1_000_003L * n + d);
    cost = SquaredEuclidean.matrix(clouds.a, n, clouds.b, n, d);
  }

  @Benchmark
  public Assignment solve() {
    return LinearAssignment.solve(cost, n);
  }

  @Benchmark
  public Assignment costAndSolve() {
    return LinearAssignment.solve(SquaredEuclidean.matrix(clouds.a, n, clouds.b, n, d), n);
  }

  @Benchmark
  public float[] cost() {
    return SquaredEuclidean.matrix(clouds.a, n, clouds.b, n, d);
  }
}
