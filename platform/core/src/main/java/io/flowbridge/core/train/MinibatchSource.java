package io.flowbridge.core.train;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Batch;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import java.util.random.RandomGenerator;

/**
 * Draws source and target minibatches and pairs them with the coupling, each from its own
 * random stream, so the sequence of batches depends only on the seed (not on threads).
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

  /** The next paired minibatch. Not thread-safe: one caller at a time. */
  public PairedBatch next() {
    if (teacher != null) {
      long t0 = System.nanoTime();
      Batch b0 = source.sample(batch, sourceRandom);
      float[] x1 = teacher.apply(b0.points()).values();
      return new PairedBatch(b0.points().values(), x1, null, System.nanoTime() - t0, 0);
    }
    long t0 = System.nanoTime();
    Batch b0 = source.sample(batch, sourceRandom);
    Batch b1 = target.sample(batch, targetRandom);
    long t1 = System.nanoTime();
    Pairing p = coupling.pair(b0.points(), b0.labels(), b1.points(), b1.labels(), couplingRandom);
    long t2 = System.nanoTime();
    if (p.size() != batch) {
      throw new FlowbridgeException("coupling '" + couplingKey + "' returned " + p.size()
          + " pairs for a minibatch of " + batch);
    }
    float[] x0 = b0.points().select(p.source()).values();
    var paired = b1.select(p.target());
    return new PairedBatch(x0, paired.points().values(), paired.labels(), t1 - t0, t2 - t1);
  }
}
