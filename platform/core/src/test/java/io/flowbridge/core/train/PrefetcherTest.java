package io.flowbridge.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PrefetcherTest {
  private static final int BATCH = 16;

  /** Labelled 2-D Gaussian points: labels let the test check they travel with their rows. */
  private static final Dataset GAUSSIAN = new Dataset() {
    @Override
    public int dim() {
      return 2;
    }

    @Override
    public int classes() {
      return 3;
    }

    @Override
    public Batch sample(int n, RandomGenerator random) {
      float[] v = new float[2 * n];
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        labels[i] = random.nextInt(3);
        v[2 * i] = (float) random.nextGaussian() + 100 * labels[i];
        v[2 * i + 1] = (float) random.nextGaussian();
      }
      return new Batch(new Points(v, n, 2), labels);
    }
  };

  /**
   * A random permutation from the coupling's generator, taking longer on some batches than on
   * others so that parallel workers finish out of order; counts the calls in flight.
   */
  private static class RandomPairs implements Coupling {
    final boolean concurrent;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();

    RandomPairs(boolean concurrent) {
      this.concurrent = concurrent;
    }

    @Override
    public Pairing pair(Points source, Points target, RandomGenerator random) {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        int call = calls.incrementAndGet();
        Thread.sleep(call % 3 == 0 ? 12 : 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
      int n = source.count();
      int[] perm = new int[n];
      for (int i = 0; i < n; i++) perm[i] = i;
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      int[] rows = new int[n];
      for (int i = 0; i < n; i++) rows[i] = i;
      return new Pairing(rows, perm);
    }

    @Override
    public boolean concurrent() {
      return concurrent;
    }
  }

  private static MinibatchSource source(Coupling coupling) {
    SplittableRandom root = new SplittableRandom(42);
    return new MinibatchSource(GAUSSIAN, GAUSSIAN, coupling, "random-pairs", BATCH, root.split(), root.split(),
        root.split());
  }

  private static List<PairedBatch> take(Prefetcher p, int count) {
    List<PairedBatch> out = new ArrayList<>();
    for (int k = 0; k < count; k++) out.add(p.next());
    return out;
  }

  @Test
  void batchesDoNotDependOnWorkersOrPipeline() {
    List<PairedBatch> reference;
    try (Prefetcher p = new Prefetcher(source(new RandomPairs(true)), false, 1)) {
      assertEquals(0, p.workers(), "no coupling threads without the pipeline");
      reference = take(p, 30);
    }
    for (int workers : new int[] {1, 2, 4}) {
      try (Prefetcher p = new Prefetcher(source(new RandomPairs(true)), true, workers)) {
        assertEquals(workers, p.workers());
        List<PairedBatch> got = take(p, 30);
        for (int k = 0; k < reference.size(); k++) {
          String where = "workers " + workers + ", batch " + k;
          assertArrayEquals(reference.get(k).x0(), got.get(k).x0(), where);
          assertArrayEquals(reference.get(k).x1(), got.get(k).x1(), where);
          assertArrayEquals(reference.get(k).labels(), got.get(k).labels(), where);
        }
      }
    }
    // The pairs really are random (not the identity), and labels stay with their target rows.
    PairedBatch b = reference.get(0);
    int moved = 0;
    for (int i = 0; i < BATCH; i++) {
      assertEquals(b.labels()[i], Math.round(b.x1()[2 * i] / 100f), "label of pair " + i);
    }
    for (int k = 1; k < reference.size(); k++) {
      moved += java.util.Arrays.equals(reference.get(k).x1(), reference.get(k - 1).x1()) ? 0 : 1;
    }
    assertEquals(reference.size() - 1, moved, "consecutive batches differ");
  }

  @Test
  void concurrentCouplingRunsOnSeveralThreads() {
    RandomPairs coupling = new RandomPairs(true);
    try (Prefetcher p = new Prefetcher(source(coupling), true, 3)) {
      take(p, 40);
    }
    assertTrue(coupling.maxInFlight.get() >= 2, "max calls in flight: " + coupling.maxInFlight.get());
  }

  @Test
  void keepsTwoBatchesPerWorkerInFlightSoNoWorkerWaitsForTheStep() throws Exception {
    int workers = 2;
    CountDownLatch gate = new CountDownLatch(1);
    AtomicInteger draws = new AtomicInteger();
    AtomicReference<Points> first = new AtomicReference<>();
    RandomPairs coupling = new RandomPairs(true) {
      @Override
      public Pairing pair(Points source, Points target, RandomGenerator random) {
        // The first batch goes through; the rest wait until the test has counted the draws.
        if (target != first.get()) {
          try {
            gate.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return super.pair(source, target, random);
      }
    };
    Dataset counted = new Dataset() {
      @Override
      public int dim() {
        return GAUSSIAN.dim();
      }

      @Override
      public int classes() {
        return GAUSSIAN.classes();
      }

      @Override
      public Batch sample(int n, RandomGenerator random) {
        draws.incrementAndGet();
        Batch b = GAUSSIAN.sample(n, random);
        first.compareAndSet(null, b.points());
        return b;
      }
    };
    SplittableRandom root = new SplittableRandom(42);
    MinibatchSource source = new MinibatchSource(GAUSSIAN, counted, coupling, "random-pairs", BATCH,
        root.split(), root.split(), root.split());
    try (Prefetcher p = new Prefetcher(source, true, workers)) {
      p.next();
      int expected = 1 + 2 * workers;
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (draws.get() < expected && System.nanoTime() < deadline) Thread.sleep(5);
      Thread.sleep(100);
      assertEquals(expected, draws.get(),
          "batches drawn: the one taken and 2 per worker in flight behind it");
      assertTrue(coupling.maxInFlight.get() <= workers,
          "couplings at once: " + coupling.maxInFlight.get());
      gate.countDown();
      for (int k = 0; k < 10; k++) p.next();
    }
  }

  @Test
  void couplingWithoutConcurrencyKeepsOneWorker() {
    RandomPairs coupling = new RandomPairs(false);
    try (Prefetcher p = new Prefetcher(source(coupling), true, 4)) {
      assertEquals(1, p.workers());
      take(p, 20);
    }
    assertEquals(1, coupling.maxInFlight.get());
  }

  @Test
  void couplingFailureReachesTheTrainingThreadWithItsMessage() {
    Coupling broken = new RandomPairs(true) {
      @Override
      public Pairing pair(Points source, Points target, RandomGenerator random) {
        return new Pairing(new int[] {0}, new int[] {0});
      }
    };
    for (int workers : new int[] {1, 2}) {
      try (Prefetcher p = new Prefetcher(source(broken), true, workers)) {
        FlowbridgeException e = assertThrows(FlowbridgeException.class, p::next);
        assertTrue(e.getMessage().contains("coupling 'random-pairs' returned 1 pairs for a minibatch of 16"),
            e.getMessage());
      }
    }
  }

  @Test
  void workersRunAtTheLowestPriority() {
    assumeTrue(BackgroundPriorityTest.reniceAvailable(), "needs Linux /proc/thread-self and renice");
    AtomicInteger nice = new AtomicInteger(-100);
    Coupling probe = new RandomPairs(true) {
      @Override
      public Pairing pair(Points source, Points target, RandomGenerator random) {
        nice.set(BackgroundPriorityTest.niceOfCurrentThread());
        return super.pair(source, target, random);
      }
    };
    for (int workers : new int[] {1, 2}) {
      nice.set(-100);
      try (Prefetcher p = new Prefetcher(source(probe), true, workers)) {
        take(p, 3);
      }
      assertEquals(19, nice.get(),
          "nice value of the coupling thread with " + workers + " worker(s)");
    }
  }

  @Test
  void rejectsFewerThanOneWorker() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Prefetcher(source(new RandomPairs(true)), true, 0));
    assertTrue(e.getMessage().contains("workers"), e.getMessage());
  }
}
