package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CostBufferTest {
  @Test
  void reusesOneBufferPerThreadAndSize() throws InterruptedException {
    float[] first = CostBuffer.take(300);
    assertEquals(300 * 300, first.length);
    assertSame(first, CostBuffer.take(300), "same thread, same n");
    float[] other = CostBuffer.take(200);
    assertNotSame(first, other);
    assertSame(other, CostBuffer.take(200), "the newest size is the one kept");
    AtomicReference<float[]> elsewhere = new AtomicReference<>();
    Thread t = new Thread(() -> elsewhere.set(CostBuffer.take(200)));
    t.start();
    t.join();
    assertNotSame(other, elsewhere.get(), "each thread has its own");
    int big = 1025; // above MAX_CACHED values: not kept
    assertTrue((long) big * big > CostBuffer.MAX_CACHED);
    assertNotSame(CostBuffer.take(big), CostBuffer.take(big));
    assertSame(other, CostBuffer.take(200), "a large matrix does not evict the cached one");
  }

  @Test
  void rejectsMatricesBeyondOneJavaArray() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CostBuffer.take(50_000));
    assertTrue(e.getMessage().contains("n = 50000"), e.getMessage());
  }

  @Test
  void aReusedBufferGivesTheSamePairingAsAFreshThread() throws InterruptedException {
    // Solve one problem, then another of the same size on the same thread (its matrix is
    // overwritten in place); a new thread, with a new buffer, must get the same pairing.
    int n = 300;
    for (int d : new int[] {2, 5}) {
      Random rnd = new Random(d);
      float[] a1 = ClusteredClouds.draw("gaussian", n, rnd);
      float[] b1 = ClusteredClouds.draw("eightGaussians", n, rnd);
      float[] a = new float[n * d];
      float[] b = new float[n * d];
      for (int i = 0; i < a.length; i++) {
        a[i] = (float) rnd.nextGaussian();
        b[i] = (float) (rnd.nextGaussian() * 2 + (i % d == 0 ? 3 : 0));
      }
      if (d == 2) {
        EuclideanAssignment.pairing(a1, b1, n, 2);
      } else {
        EuclideanAssignment.pairing(b, a, n, d);
      }
      int[] reused = EuclideanAssignment.pairing(a, b, n, d);
      AtomicReference<int[]> fresh = new AtomicReference<>();
      Thread t = new Thread(() -> fresh.set(EuclideanAssignment.pairing(a, b, n, d)));
      t.start();
      t.join();
      assertArrayEquals(fresh.get(), reused, "d = " + d);
    }
  }
}
