package io.flowbridge.core.sample;

import io.flowbridge.api.sampler.Sampler;
import io.flowbridge.api.sampler.VectorField;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Integrates a vector field with a sampler inside the graph: steps are unrolled in blocks of at
 * most {@link #BLOCK} and each block runs in one {@code Session.run}, so the state stays inside
 * TensorFlow between the steps of a block. Block times are fed, so one block graph serves the
 * whole time grid.
 */
public final class SamplingGraph {
  /** Steps unrolled per block: bounds graph size while keeping Session.run calls rare. */
  public static final int BLOCK = 50;

  private final float[] grid;
  private final int nfe;
  private final Block full;
  private final Block tail;

  private record Block(int length, Placeholder<TFloat32> x, Placeholder<TFloat32> times,
      Placeholder<TFloat32> steps, List<Operand<TFloat32>> states) {
    Operand<TFloat32> out() {
      return states.get(states.size() - 1);
    }
  }

  private SamplingGraph(float[] grid, int nfe, Block full, Block tail) {
    this.grid = grid;
    this.nfe = nfe;
    this.full = full;
    this.tail = tail;
  }

  /** Builds the blocks integrating {@code field} over {@code sampler.grid(t0, t1)} for dimension {@code dim}. */
  public static SamplingGraph build(Ops tf, Sampler sampler, VectorField field, int dim, float t0, float t1) {
    return build(tf, sampler, field, dim, t0, t1, BLOCK);
  }

  /** As {@link #build(Ops, Sampler, VectorField, int, float, float)} with at most {@code block} steps per run. */
  public static SamplingGraph build(Ops tf, Sampler sampler, VectorField field, int dim, float t0, float t1, int block) {
    float[] grid = sampler.grid(t0, t1);
    int steps = grid.length - 1;
    int fullLength = Math.min(block, steps);
    Block full = fullLength == 0 ? null : block(tf, sampler, field, dim, fullLength, "a");
    int rest = fullLength == 0 ? 0 : steps % fullLength;
    Block tail = rest == 0 ? null : block(tf, sampler, field, dim, rest, "b");
    return new SamplingGraph(grid, steps * sampler.evaluationsPerStep(), full, tail);
  }

  private static Block block(Ops tf, Sampler sampler, VectorField field, int dim, int length, String tag) {
    Placeholder<TFloat32> x = tf.withName("sample_x_" + tag).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, dim)));
    Placeholder<TFloat32> times = tf.withName("sample_t_" + tag).placeholder(TFloat32.class, Placeholder.shape(Shape.of(length)));
    Placeholder<TFloat32> steps = tf.withName("sample_h_" + tag).placeholder(TFloat32.class, Placeholder.shape(Shape.of(length)));
    Operand<TFloat32> state = x;
    List<Operand<TFloat32>> states = new ArrayList<>();
    for (int k = 0; k < length; k++) {
      Operand<TFloat32> t = tf.gather(times, tf.constant(k), tf.constant(0));
      Operand<TFloat32> h = tf.gather(steps, tf.constant(k), tf.constant(0));
      state = sampler.step(tf, field, state, t, h);
      states.add(state);
    }
    return new Block(length, x, times, steps, states);
  }

  /** Function evaluations of one integration (steps × evaluations per step). */
  public int nfe() {
    return nfe;
  }

  /** The time grid integrated over. */
  public float[] grid() {
    return grid.clone();
  }

  /** Integrates {@code count} starting points ({@code [count, dim]}, row-major) and returns the end points. */
  public float[] integrate(Session session, float[] start, int count, int dim) {
    return solve(session, start, count, dim, false).end();
  }

  /** Integrates and, if {@code trajectory}, keeps the state at every time of the grid. */
  public Solution solve(Session session, float[] start, int count, int dim, boolean trajectory) {
    List<Block> plan = new ArrayList<>();
    int steps = grid.length - 1;
    for (int done = 0; done < steps; ) {
      Block b = full != null && steps - done >= full.length ? full : tail;
      plan.add(b);
      done += b.length;
    }
    float[][] states = trajectory ? new float[grid.length][] : null;
    if (trajectory) states[0] = start.clone();
    Tensor state = TFloat32.tensorOf(Shape.of(count, dim), DataBuffers.of(start, true, false));
    int at = 0;
    try {
      for (Block b : plan) {
        float[] ts = new float[b.length];
        float[] hs = new float[b.length];
        for (int k = 0; k < b.length; k++) {
          ts[k] = grid[at + k];
          hs[k] = grid[at + k + 1] - grid[at + k];
        }
        try (TFloat32 tT = TFloat32.vectorOf(ts); TFloat32 hT = TFloat32.vectorOf(hs)) {
          var runner = session.runner().feed(b.x, state).feed(b.times, tT).feed(b.steps, hT);
          List<Operand<TFloat32>> fetched = trajectory ? b.states : List.of(b.out());
          fetched.forEach(runner::fetch);
          try (Result r = runner.run()) {
            if (trajectory) {
              for (int k = 0; k < b.length; k++) states[at + k + 1] = read((TFloat32) r.get(k), count, dim);
            }
            Tensor next = copy((TFloat32) r.get(fetched.size() - 1), count, dim);
            state.close();
            state = next;
          }
        }
        at += b.length;
      }
      float[] out = new float[count * dim];
      ((TFloat32) state).asRawTensor().data().asFloats().read(out);
      return new Solution(out, nfe, steps, 0, trajectory ? grid.clone() : null, states);
    } finally {
      state.close();
    }
  }

  private static float[] read(TFloat32 t, int count, int dim) {
    float[] values = new float[count * dim];
    t.asRawTensor().data().asFloats().read(values);
    return values;
  }

  private static Tensor copy(TFloat32 t, int count, int dim) {
    return TFloat32.tensorOf(Shape.of(count, dim), DataBuffers.of(read(t, count, dim), true, false));
  }
}
