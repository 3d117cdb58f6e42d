package io.flowbridge.core.train;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prepares the next minibatch (drawing and coupling, e.g. exact OT) on a worker thread while
 * TensorFlow runs the current step. Batches come out in the same order as without it, so
 * seeded runs stay reproducible.
 */
public final class Prefetcher implements AutoCloseable {
  private final MinibatchSource source;
  private final ExecutorService worker;
  private Future<PairedBatch> pending;
  private long waitNanos;

  public Prefetcher(MinibatchSource source, boolean background) {
    this.source = source;
    this.worker = background
        ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "flowbridge-minibatch");
            t.setDaemon(true);
            return t;
          })
        : null;
  }

  /** The next batch; starts preparing the one after it when running in the background. */
  public PairedBatch next() {
    if (worker == null) return source.next();
    if (pending == null) pending = worker.submit(source::next);
    long t0 = System.nanoTime();
    PairedBatch b;
    try {
      b = pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FlowbridgeException("interrupted while preparing a minibatch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new FlowbridgeException("preparing a minibatch failed: " + e.getCause(), e.getCause());
    }
    waitNanos += System.nanoTime() - t0;
    pending = worker.submit(source::next);
    return b;
  }

  /** Time the training thread spent waiting for a batch that was not ready yet. */
  public long waitNanos() {
    return waitNanos;
  }

  @Override
  public void close() {
    if (worker != null) worker.shutdownNow();
  }
}
