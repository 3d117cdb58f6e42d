package io.flowbridge.core.train;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Batch;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Draws source and target minibatches and pairs them with the coupling, each from its own
 * random stream, so the sequence of batches depends only on the seed (not on threads). Each
 * minibatch is coupled with its own generator, seeded from the coupling stream when it is drawn.
 */
public final class MinibatchSource {
  private final Dataset source;
  private final Dataset target;
  private final Coupling coupling;
  private final String couplingKey;
  private final int batch;
  private final RandomGenerator sourceRandom;
  private final RandomGenerator targetRandom;
  private final RandomGenerator couplingRandom;
  private java.util.function.UnaryOperator<io.flowbridge.api.data.Points> teacher;

  public MinibatchSource(Dataset source, Dataset target, Coupling coupling, String couplingKey, int batch,
      RandomGenerator sourceRandom, RandomGenerator targetRandom, RandomGenerator couplingRandom) {
    this.source = source;
    this.target = target;
    this.coupling = coupling;
    this.couplingKey = couplingKey;
    this.batch = batch;
    this.sourceRandom = sourceRandom;
    this.targetRandom = targetRandom;
    this.couplingRandom = couplingRandom;
  }

  /**
   * Reflow: targets are no longer drawn but computed as {@code teacher(x0)}, the trained flow's
   * transport of each source point, and paired with it.
   */
  public MinibatchSource withTeacher(java.util.function.UnaryOperator<io.flowbridge.api.data.Points> teacher) {
    this.teacher = teacher;
    return this;
  }

  /**
   * One minibatch as drawn, before coupling: the two batches and the seed of its own coupling
   * stream (taken from the coupling stream in draw order, so the pairs do not depend on which
   * thread couples them, or when). A reflow batch arrives already paired.
   */
  public record Drawn(Batch source, Batch target, long couplingSeed, long drawNanos, PairedBatch paired) {}

  /** The next paired minibatch: {@link #draw()} then {@link #couple}. Not thread-safe. */
  public PairedBatch next() {
    return couple(draw());
  }

  /** Draws the next minibatch. Not thread-safe: batches must be drawn one at a time, in order. */
  public Drawn draw() {
    if (teacher != null) {
      long t0 = System.nanoTime();
      Batch b0 = source.sample(batch, sourceRandom);
      float[] x1 = teacher.apply(b0.points()).values();
      return new Drawn(null, null, 0, 0,
          new PairedBatch(b0.points().values(), x1, null, System.nanoTime() - t0, 0));
    }
    long t0 = System.nanoTime();
    Batch b0 = source.sample(batch, sourceRandom);
    Batch b1 = target.sample(batch, targetRandom);
    long seed = couplingRandom.nextLong();
    return new Drawn(b0, b1, seed, System.nanoTime() - t0, null);
  }

  /**
   * Pairs a drawn minibatch. Safe to call from several threads at once, on different batches,
   * when the coupling is {@link Coupling#concurrent() concurrent}.
   */
  public PairedBatch couple(Drawn d) {
    if (d.paired() != null) return d.paired();
    long t1 = System.nanoTime();
    Pairing p = coupling.pair(d.source().points(), d.source().labels(), d.target().points(), d.target().labels(),
        new SplittableRandom(d.couplingSeed()));
    long t2 = System.nanoTime();
    if (p.size() != batch) {
      throw new FlowbridgeException("coupling '" + couplingKey + "' returned " + p.size()
          + " pairs for a minibatch of " + batch);
    }
    float[] x0 = d.source().points().select(p.source()).values();
    var paired = d.target().select(p.target());
    return new PairedBatch(x0, paired.points().values(), paired.labels(), d.drawNanos(), t2 - t1);
  }

  /** Whether {@link #couple} may run on several threads at once. */
  public boolean concurrent() {
    return teacher == null && coupling.concurrent();
  }
}
