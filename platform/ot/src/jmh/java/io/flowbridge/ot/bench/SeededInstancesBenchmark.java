package io.flowbridge.ot.bench;

import io.flowbridge.ot.assignment.EuclideanAssignment;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Exact assignment with the cost matrix, averaged over {@value #INSTANCES} seeded pairs of N(0, I)
 * clouds rather than one: at n = 256 a single instance takes anywhere from 1.2 to 2.4 ms. The
 * clouds are those {@link ReferenceInstances} writes for timing SciPy and POT on the same data
 * (docs/ot-benchmarks.md, "the same instances for both sides").
 *
 * <p>{@code costAndSolve} is the matrix API (the cost matrix, then {@code LinearAssignment});
 * {@code points} is the point-cloud API the couplings and W2 use ({@code EuclideanAssignment}:
 * centring, rows in spatial order for d ≤ 3, cost matrix, solve). SciPy and POT are timed from the
 * points too ({@code ot.dist} then the solver).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector",
    "-XX:+UseTransparentHugePages"})
public class SeededInstancesBenchmark {
  static final int INSTANCES = 8;

  @Param({"256", "512", "1024"})
  public int n;

  @Param({"2", "784"})
  public int d;

  private GaussianClouds[] clouds;

  @Setup
  public void setUp() {
    clouds = new GaussianClouds[INSTANCES];
    for (int s = 0; s < INSTANCES; s++) {
      clouds[s] = new GaussianClouds(n, d, ReferenceInstances.seed(s, n, d));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INSTANCES)
  public void costAndSolve(Blackhole sink) {
    for (GaussianClouds c : clouds) {
      sink.consume(LinearAssignment.solve(SquaredEuclidean.matrix(c.a, n, c.b, n, d), n));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INSTANCES)
  public void points(Blackhole sink) {
    for (GaussianClouds c : clouds) {
      sink.consume(EuclideanAssignment.solve(c.a, c.b, n, d));
    }
  }
}
