package io.flowbridge.core.train;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares the next minibatches (drawing and coupling, e.g. exact OT) on worker threads while
 * TensorFlow runs the current step.
 *
 * <p>With one worker, one batch is prepared ahead. With {@code workers} &gt; 1 (and a coupling that
 * is {@link io.flowbridge.api.coupling.Coupling#concurrent() concurrent}) that many batches are
 * coupled in parallel and {@value #BATCHES_PER_WORKER} times as many are kept in flight, so that a
 * worker which finishes while the step still holds the batches before its own starts on another
 * instead of idling. They are drawn one at a time, in order, on a single thread.
 * Batches come out in draw order and each is coupled with its own seeded generator, so a seeded
 * run gives the same batches whatever the number of workers, or with no pipeline at all.
 *
 * <p>The worker threads run at the lowest scheduling priority ({@link BackgroundPriority}), so
 * they never take a core from the training step, only the time it leaves.
 */
public final class Prefetcher implements AutoCloseable {
  private final MinibatchSource source;
  private final ExecutorService drawer;
  private final ExecutorService couplers;
  /**
   * Batches kept in flight per coupling worker when there are several. With one per worker, a
   * worker whose batch was done before the step wanted it sat idle: on 2 vCPUs with 2 exact-OT
   * workers `bench train` went from 969–1105 to 1140–1178 steps/s (three alternations; 3 per
   * worker gave 1051–1257, no better; the process used 193% CPU with it against 184–185% with
   * one per worker; docs/performance.md, session 8).
   */
  static final int BATCHES_PER_WORKER = 2;

  private final int depth;
  private final int inFlight;
  private final ArrayDeque<CompletableFuture<PairedBatch>> pending = new ArrayDeque<>();
  private long waitNanos;

  /**
   * @param background prepare batches on worker threads (false: on the caller's thread)
   * @param workers threads coupling minibatches in parallel (≥ 1; used only when the source's
   *     coupling is concurrent, otherwise 1)
   */
  public Prefetcher(MinibatchSource source, boolean background, int workers) {
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    this.source = source;
    this.depth = background && source.concurrent() ? workers : 1;
    this.inFlight = depth > 1 ? BATCHES_PER_WORKER * depth : depth;
    int nice = background ? BackgroundPriority.configuredNice() : 0;
    this.drawer = background
        ? Executors.newSingleThreadExecutor(daemon("flowbridge-minibatch", nice)) : null;
    this.couplers = background && depth > 1
        ? Executors.newFixedThreadPool(depth, daemon("flowbridge-coupling", nice)) : null;
  }

  /** One background worker drawing and coupling the next batch. */
  public Prefetcher(MinibatchSource source, boolean background) {
    this(source, background, 1);
  }

  /**
   * Threads coupling minibatches: 0 without the background pipeline, else 1 unless several were
   * asked for and the coupling allows it.
   */
  public int workers() {
    return drawer == null ? 0 : depth;
  }

  /** The next batch; keeps the following ones in preparation when running in the background. */
  public PairedBatch next() {
    if (drawer == null) return source.next();
    fill();
    long t0 = System.nanoTime();
    PairedBatch b;
    try {
      b = pending.removeFirst().join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      throw new FlowbridgeException("preparing a minibatch failed: " + cause, cause);
    }
    waitNanos += System.nanoTime() - t0;
    fill();
    return b;
  }

  private void fill() {
    while (pending.size() < inFlight) {
      pending.addLast(couplers == null
          ? CompletableFuture.supplyAsync(source::next, drawer)
          : CompletableFuture.supplyAsync(source::draw, drawer).thenApplyAsync(source::couple, couplers));
    }
  }

  /** Time the training thread spent waiting for a batch that was not ready yet. */
  public long waitNanos() {
    return waitNanos;
  }

  @Override
  public void close() {
    if (drawer != null) drawer.shutdownNow();
    if (couplers != null) couplers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name, int nice) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Runnable lowered = () -> {
        BackgroundPriority.lowerCurrentThread(nice);
        r.run();
      };
      Thread t = new Thread(lowered, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
