package io.flowbridge.ot.bench;

import io.flowbridge.ot.assignment.Assignment;
import io.flowbridge.ot.assignment.ClusteredClouds;
import io.flowbridge.ot.assignment.EuclideanAssignment;
import io.flowbridge.ot.assignment.LinearAssignment;
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
 * The OT-CFM per-step coupling on the training workloads: N(0, I) noise against a 2-D target,
 * {@code SquaredEuclidean.matrix} then {@code LinearAssignment.solve} (costs included), and
 * {@code EuclideanAssignment.solve} (centred clouds, what the couplings use), on the
 * {@link ClusteredClouds} targets. Cycles through 16 pre-drawn batches so
 * that no single draw decides the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector",
    "-XX:+UseTransparentHugePages"})
public class ClusteredCouplingBenchmark {
  private static final int BATCHES = 16;

  @Param({"256", "512", "1024"})
  public int n;

  @Param({"gaussian", "shiftedGaussian", "eightGaussians", "moons"})
  public String target;

  private float[][] noise;
  private float[][] data;
  private int next;

  @Setup
  public void setUp() {
    Random rnd = new Random(31L * n + target.hashCode());
    noise = new float[BATCHES][];
    data = new float[BATCHES][];
    for (int b = 0; b < BATCHES; b++) {
      noise[b] = ClusteredClouds.draw("gaussian", n, rnd);
      data[b] = ClusteredClouds.draw(target, n, rnd);
    }
  }

  @Benchmark
  public Assignment costAndSolve() {
    int b = next;
    next = b + 1 == BATCHES ? 0 : b + 1;
    float[] cost = SquaredEuclidean.matrix(noise[b], n, data[b], n, 2);
    return LinearAssignment.solve(cost, n);
  }

  /** The same pairing as the couplings now compute it: on the centred clouds. */
  @Benchmark
  public Assignment centredSolve() {
    int b = next;
    next = b + 1 == BATCHES ? 0 : b + 1;
    return EuclideanAssignment.solve(noise[b], data[b], n, 2);
  }
}
