package io.flowbridge.ot.bench;

import io.flowbridge.ot.assignment.EuclideanAssignment;
import io.flowbridge.ot.assignment.LinearAssignment;
import io.flowbridge.ot.cost.SquaredEuclidean;
import java.util.Arrays;

/**
 * Times ours the way the reference solvers are timed in docs/ot-benchmarks.md: on the clouds
 * {@link ReferenceInstances} writes, the best of {@code reps} runs per instance, then the mean
 * over instances, cost matrix included. Three entry points: {@code EuclideanAssignment.solve}
 * (points), {@code EuclideanAssignment.pairing} (points, no cost pass; what the couplings call)
 * and {@code LinearAssignment.solve} on {@code SquaredEuclidean.matrix} (matrix).
 *
 * <pre>java --add-modules jdk.incubator.vector -XX:+UseTransparentHugePages \
 *     -cp platform/ot/target/test-classes:platform/ot/target/classes \
 *     io.flowbridge.ot.bench.BestPerInstance 256 2 24 30</pre>
 */
public final class BestPerInstance {
  private static final int WARM_UP = 10;

  private BestPerInstance() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: BestPerInstance n d instances reps");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    int d = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    int reps = Integer.parseInt(args[3]);
    GaussianClouds[] clouds = new GaussianClouds[count];
    for (int s = 0; s < count; s++) {
      clouds[s] = new GaussianClouds(n, d, ReferenceInstances.seed(s, n, d));
    }
    double[][] best = new double[3][count];
    for (double[] row : best) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    double sink = 0;
    for (int r = 0; r < WARM_UP + reps; r++) {
      for (int s = 0; s < count; s++) {
        GaussianClouds c = clouds[s];
        long t0 = System.nanoTime();
        sink += EuclideanAssignment.solve(c.a, c.b, n, d).cost();
        long t1 = System.nanoTime();
        sink += EuclideanAssignment.pairing(c.a, c.b, n, d)[0];
        long t2 = System.nanoTime();
        sink += LinearAssignment.solve(SquaredEuclidean.matrix(c.a, n, c.b, n, d), n).cost();
        long t3 = System.nanoTime();
        if (r >= WARM_UP) {
          best[0][s] = Math.min(best[0][s], (t1 - t0) / 1e6);
          best[1][s] = Math.min(best[1][s], (t2 - t1) / 1e6);
          best[2][s] = Math.min(best[2][s], (t3 - t2) / 1e6);
        }
      }
    }
    System.out.printf("n=%d d=%d: points %.3f ms, pairing %.3f ms, matrix %.3f ms "
        + "(mean over %d instances of the best of %d)%s%n", n, d, mean(best[0]), mean(best[1]),
        mean(best[2]), count, reps, sink == 0.5 ? " " : "");
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).sum() / x.length;
  }
}
