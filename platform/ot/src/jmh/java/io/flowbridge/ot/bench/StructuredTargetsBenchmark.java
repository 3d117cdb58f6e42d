package io.flowbridge.ot.bench;

import io.flowbridge.ot.assignment.Assignment;
import io.flowbridge.ot.assignment.EuclideanAssignment;
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
 * Exact pairing of N(0, I) noise with 2-D targets shaped like flow-matching data (the minibatch
 * coupling workload), through {@link EuclideanAssignment}, costs included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--add-modules=jdk.incubator.vector",
    "-XX:+UseTransparentHugePages"})
public class StructuredTargetsBenchmark {
  @Param({"256", "1024"})
  public int n;

  /** gaussian: N(0, I); shifted: N((5, 0), I); ring: radius 4; eightGaussians; moons. */
  @Param({"gaussian", "shifted", "ring", "eightGaussians", "moons"})
  public String target;

  private float[] noise;
  private float[] data;

  @Setup
  public void setUp() {
    Random rnd = new Random(7L * n + target.hashCode());
    noise = new float[2 * n];
    data = new float[2 * n];
    for (int i = 0; i < n; i++) {
      noise[2 * i] = (float) rnd.nextGaussian();
      noise[2 * i + 1] = (float) rnd.nextGaussian();
      double x;
      double y;
      switch (target) {
        case "gaussian" -> {
          x = rnd.nextGaussian();
          y = rnd.nextGaussian();
        }
        case "shifted" -> {
          x = 5 + rnd.nextGaussian();
          y = rnd.nextGaussian();
        }
        case "ring" -> {
          double t = 2 * Math.PI * rnd.nextDouble();
          x = 4 * Math.cos(t) + 0.2 * rnd.nextGaussian();
          y = 4 * Math.sin(t) + 0.2 * rnd.nextGaussian();
        }
        case "eightGaussians" -> {
          double t = rnd.nextInt(8) * Math.PI / 4;
          x = 4 * Math.cos(t) + 0.3 * rnd.nextGaussian();
          y = 4 * Math.sin(t) + 0.3 * rnd.nextGaussian();
        }
        default -> {
          double t = Math.PI * rnd.nextDouble();
          boolean upper = rnd.nextBoolean();
          x = 2 * (upper ? Math.cos(t) : 1 - Math.cos(t)) + 0.1 * rnd.nextGaussian();
          y = 2 * (upper ? Math.sin(t) : 0.5 - Math.sin(t)) + 0.1 * rnd.nextGaussian();
        }
      }
      data[2 * i] = (float) x;
      data[2 * i + 1] = (float) y;
    }
  }

  @Benchmark
  public Assignment pair() {
    return EuclideanAssignment.solve(noise, data, n, 2);
  }
}
