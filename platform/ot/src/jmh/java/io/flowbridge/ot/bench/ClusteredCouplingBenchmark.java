package io.flowbridge.ot.bench;

import io.flowbridge.ot.assignment.Assignment;
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
 * {@code SquaredEuclidean.matrix} then {@code LinearAssignment.solve} (costs included). Targets:
 * {@code gaussian} N(0, I); {@code eightGaussians} centre 5·(cos kπ/4, sin kπ/4), k uniform in
 * 0..7, plus N(0, 0.5623² I); {@code moons} θ ~ U[0, π], upper (cos θ, sin θ) or lower
 * (1 − cos θ, 0.5 − sin θ), noise std 0.1, then p ↦ 3p − 1. Cycles through 16 pre-drawn batches so
 * that no single draw decides the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ClusteredCouplingBenchmark {
  private static final int BATCHES = 16;

  @Param({"256", "512", "1024"})
  public int n;

  @Param({"gaussian", "eightGaussians", "moons"})
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
      noise[b] = draw("gaussian", n, rnd);
      data[b] = draw(target, n, rnd);
    }
  }

  static float[] draw(String kind, int n, Random rnd) {
    float[] p = new float[2 * n];
    for (int i = 0; i < n; i++) {
      double x;
      double y;
      switch (kind) {
        case "gaussian" -> {
          x = rnd.nextGaussian();
          y = rnd.nextGaussian();
        }
        case "eightGaussians" -> {
          double t = rnd.nextInt(8) * Math.PI / 4;
          x = 5 * Math.cos(t) + 0.5623 * rnd.nextGaussian();
          y = 5 * Math.sin(t) + 0.5623 * rnd.nextGaussian();
        }
        case "moons" -> {
          double t = Math.PI * rnd.nextDouble();
          boolean upper = rnd.nextBoolean();
          x = 3 * ((upper ? Math.cos(t) : 1 - Math.cos(t)) + 0.1 * rnd.nextGaussian()) - 1;
          y = 3 * ((upper ? Math.sin(t) : 0.5 - Math.sin(t)) + 0.1 * rnd.nextGaussian()) - 1;
        }
        default -> throw new IllegalArgumentException(kind);
      }
      p[2 * i] = (float) x;
      p[2 * i + 1] = (float) y;
    }
    return p;
  }

  @Benchmark
  public Assignment costAndSolve() {
    int b = next;
    next = b + 1 == BATCHES ? 0 : b + 1;
    float[] cost = SquaredEuclidean.matrix(noise[b], n, data[b], n, 2);
    return LinearAssignment.solve(cost, n);
  }
}
