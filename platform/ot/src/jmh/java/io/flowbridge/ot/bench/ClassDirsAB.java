package io.flowbridge.ot.bench;

import io.flowbridge.ot.assignment.ClusteredClouds;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * In-JVM A/B of two builds of the OT library: each argument after the target kind is a
 * directory of compiled {@code platform/ot} classes (e.g. one from the working tree, one from a
 * previous commit), loaded by its own class loader. Rounds alternate between the builds on the
 * same N(0, I) → {@link ClusteredClouds} batches, timing {@code EuclideanAssignment.pairing} in
 * thread CPU time, so the machine's drift from one minute to the next hits both alike. Prints
 * the median and best per-solve time of each build. This is how docs/ot-benchmarks.md measures
 * changes of a few percent, which separate runs on this machine cannot resolve.
 *
 * <p>The commands (build the old classes from a commit, then compare) are in
 * docs/ot-benchmarks.md, "Session 7".
 */
public final class ClassDirsAB {
  private static final int WARM_UP = 15;

  private ClassDirsAB() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ClassDirsAB n targetKind classDir [classDir ...]"
          + " (-Dinstances=32 -Drounds=60)");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    String kind = args[1];
    String[] dirs = Arrays.copyOfRange(args, 2, args.length);
    int instances = Integer.getInteger("instances", 32);
    int rounds = Integer.getInteger("rounds", 60);
    Method[] pairing = new Method[dirs.length];
    for (int k = 0; k < dirs.length; k++) {
      URL classes = Path.of(dirs[k]).toUri().toURL();
      URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null);
      pairing[k] = loader.loadClass("io.flowbridge.ot.assignment.EuclideanAssignment")
          .getMethod("pairing", float[].class, float[].class, int.class, int.class);
    }
    float[][] a = new float[instances][];
    float[][] b = new float[instances][];
    for (int s = 0; s < instances; s++) {
      Random rnd = new Random(1_000_003L * n + 2 + s);
      a[s] = new float[2 * n];
      for (int i = 0; i < a[s].length; i++) {
        a[s][i] = (float) rnd.nextGaussian();
      }
      b[s] = ClusteredClouds.draw(kind, n, rnd);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] times = new double[dirs.length][rounds];
    for (int r = 0; r < rounds + WARM_UP; r++) {
      for (int k = 0; k < dirs.length; k++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int s = 0; s < instances; s++) {
          pairing[k].invoke(null, a[s], b[s], n, 2);
        }
        if (r >= WARM_UP) {
          times[k][r - WARM_UP] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / instances;
        }
      }
    }
    for (int k = 0; k < dirs.length; k++) {
      Arrays.sort(times[k]);
      System.out.printf(Locale.ROOT, "%s n=%d %s: median %.3f ms, best %.3f ms%n", dirs[k], n,
          kind, times[k][rounds / 2], times[k][0]);
    }
  }
}
