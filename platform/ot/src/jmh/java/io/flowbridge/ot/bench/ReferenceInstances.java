package io.flowbridge.ot.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the clouds of {@link SeededInstancesBenchmark} to a file, so that reference solvers in
 * other languages can be timed on exactly the same data: for each instance, a then b, each n×d
 * little-endian float32, row-major.
 *
 * <pre>java -cp platform/ot/target/test-classes:platform/ot/target/classes \
 *     io.flowbridge.ot.bench.ReferenceInstances 256 2 8 /tmp/instances_256_2.bin</pre>
 */
public final class ReferenceInstances {
  private ReferenceInstances() {}

  /** The seed of instance s for size n and dimension d. */
  static long seed(int s, int n, int d) {
    return 77L * s + n + d;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: ReferenceInstances n d instances file");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    int d = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    ByteBuffer out = ByteBuffer.allocate(Math.multiplyExact(count * 2 * n * d, 4))
        .order(ByteOrder.LITTLE_ENDIAN);
    for (int s = 0; s < count; s++) {
      GaussianClouds c = new GaussianClouds(n, d, seed(s, n, d));
      for (float x : c.a) {
        out.putFloat(x);
      }
      for (float x : c.b) {
        out.putFloat(x);
      }
    }
    Files.write(Path.of(args[3]), out.array());
    System.out.println(
        "wrote " + count + " instances of 2 × " + n + "×" + d + " floats to " + args[3]);
  }
}
