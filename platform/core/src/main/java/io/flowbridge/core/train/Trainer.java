package io.flowbridge.core.train;

import java.util.Arrays;
import java.util.function.Consumer;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Runs the training loop: one {@code Session.run} per step, the loss averaged over each log window. */
public final class Trainer {
  /** One logged point: step, mean loss over the window, seconds since training started. */
  public record LogRow(int step, double loss, double elapsed) {}

  private final Session session;
  private final TrainingGraph graph;
  private final int batch;
  private final int dim;

  public Trainer(Session session, TrainingGraph graph, int batch, int dim) {
    this.session = session;
    this.graph = graph;
    this.batch = batch;
    this.dim = dim;
  }

  /** Trains for {@code steps} steps; {@code onLog} receives a row every {@code logEvery} steps and at the end. */
  public TrainingStats train(Prefetcher batches, int steps, int logEvery, Consumer<LogRow> onLog) {
    Shape shape = Shape.of(batch, dim);
    long start = System.nanoTime();
    long draw = 0, couple = 0, tfNanos = 0;
    double windowSum = 0, lastLoss = Double.NaN;
    int windowCount = 0, logs = 0;
    int capacity = steps / Math.max(1, logEvery) + 2;
    long[] loggedSteps = new long[capacity];
    double[] loggedLosses = new double[capacity];
    for (int step = 1; step <= steps; step++) {
      PairedBatch b = batches.next();
      draw += b.drawNanos();
      couple += b.couplingNanos();
      long t0 = System.nanoTime();
      float loss;
      try (TFloat32 x0 = TFloat32.tensorOf(shape, DataBuffers.of(b.x0(), true, false));
          TFloat32 x1 = TFloat32.tensorOf(shape, DataBuffers.of(b.x1(), true, false));
          org.tensorflow.types.TInt32 labels = graph.labels == null ? null : org.tensorflow.types.TInt32.vectorOf(b.labels())) {
        var runner = session.runner().feed(graph.x0, x0).feed(graph.x1, x1);
        if (labels != null) runner.feed(graph.labels, labels);
        try (Result r = runner.addTarget(graph.step).fetch(graph.loss).run()) {
          loss = ((TFloat32) r.get(0)).getFloat();
        }
      }
      tfNanos += System.nanoTime() - t0;
      if (!Float.isFinite(loss)) {
        throw new io.flowbridge.api.error.FlowbridgeException("training diverged: loss is " + loss + " at step " + step
            + "; try a smaller learning rate (train.optimizer.lr)");
      }
      windowSum += loss;
      windowCount++;
      if (step % logEvery == 0 || step == steps) {
        lastLoss = windowSum / windowCount;
        loggedSteps[logs] = step;
        loggedLosses[logs++] = lastLoss;
        onLog.accept(new LogRow(step, lastLoss, (System.nanoTime() - start) / 1e9));
        windowSum = 0;
        windowCount = 0;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TrainingStats(steps, seconds, draw / 1e9, couple / 1e9, batches.waitNanos() / 1e9,
        tfNanos / 1e9, lastLoss, Arrays.copyOf(loggedSteps, logs), Arrays.copyOf(loggedLosses, logs));
  }
}
