package io.flowbridge.ot.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KernelBuffersTest {
  @Test
  void keepsOneKernelAndOneTransposePerThreadAndShape() {
    double[][] k = KernelBuffers.take(0, 30, 40);
    double[][] t = KernelBuffers.take(1, 40, 30);
    assertNotSame(k, t);
    assertSame(k, KernelBuffers.take(0, 30, 40));
    assertSame(t, KernelBuffers.take(1, 40, 30));
    assertNotSame(k, KernelBuffers.take(0, 30, 41), "another shape is another array");
    double[][] big = KernelBuffers.take(0, 400, 400); // above the transposed limit: not kept
    assertNotSame(big, KernelBuffers.take(0, 400, 400));
  }

  @Test
  void aReusedKernelGivesTheSamePlanAsAFreshThread() throws InterruptedException {
    // Balanced and unbalanced solves of one shape on one thread, the second over the buffers the
    // first left behind, against the same solve on a new thread (new buffers).
    int n = 48;
    int m = 40;
    Random rnd = new Random(5);
    double[] first = new double[n * m];
    double[] second = new double[n * m];
    for (int e = 0; e < first.length; e++) {
      first[e] = 3 * rnd.nextDouble();
      second[e] = rnd.nextDouble();
    }
    double[] a = new double[n];
    double[] b = new double[m];
    Arrays.fill(a, 1.0 / n);
    Arrays.fill(b, 1.0 / m);
    SinkhornOptions options = new SinkhornOptions(0.05, 1e-9, 1000, false, true);
    Sinkhorn.solve(first, a, b, options);
    SinkhornResult reused = Sinkhorn.solve(second, a, b, options);
    UnbalancedSinkhorn.solve(first, a, b, 1.0, options);
    SinkhornResult reusedUnbalanced = UnbalancedSinkhorn.solve(second, a, b, 1.0, options);
    AtomicReference<SinkhornResult[]> fresh = new AtomicReference<>();
    Thread thread = new Thread(() -> fresh.set(new SinkhornResult[] {
        Sinkhorn.solve(second, a, b, options),
        UnbalancedSinkhorn.solve(second, a, b, 1.0, options)}));
    thread.start();
    thread.join();
    assertArrayEquals(fresh.get()[0].plan().mass(), reused.plan().mass());
    assertEquals(fresh.get()[0].cost(), reused.cost());
    assertArrayEquals(fresh.get()[1].plan().mass(), reusedUnbalanced.plan().mass());
  }
}
