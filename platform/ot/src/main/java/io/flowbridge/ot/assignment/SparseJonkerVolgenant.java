package io.flowbridge.ot.assignment;

import java.util.Arrays;

/**
 * Exact LAPJV on a sparse candidate graph, certified against the dense matrix: the costly
 * shortest-path searches only walk each row's few cheapest columns, and a dense dual-feasibility
 * check afterwards adds any edge the optimum might need and repeats until none is violated.
 *
 * <p>Why it is exact: the search maintains duals (v, and u_i = c[i, x_i] − v[x_i] implicitly)
 * that are feasible on the candidate edges and tight on the matching. Once every dense edge also
 * satisfies c[i,j] − v[j] ≥ u_i, (u, v) is a feasible dual of the full problem with the same
 * value as the matching, so by LP duality the matching is optimal for the dense matrix.
 */
final class SparseJonkerVolgenant {
  /** Candidate columns kept per row: enough that random geometric instances rarely need more. */
  static final int WIDTH = 24;

  private final float[] c;
  private final int n;
  private final int[] x; // row -> column, -1 free
  private final int[] y; // column -> row, -1 free
  private final double[] v; // column duals
  private final CandidateGraph graph;
  private final boolean[] dirty; // rows whose u_i may have grown since their last dense check
  /**
   * bound[i] ≤ c[i,j] − v[j] for every non-candidate column j of row i: the largest slack among
   * the row's candidates when they were picked. Duals v only ever decrease, so slacks only grow
   * and the bound stays valid; a row with u_i ≤ bound[i] needs no dense check.
   */
  private final double[] bound;

  // Shortest-path scratch, reset after each search so a search costs what it touches, not n.
  private static final byte UNSEEN = 0;
  private static final byte QUEUED = 1;
  private static final byte READY = 2;
  private static final byte SCANNED = 3;

  private final double[] dist;
  private final int[] pred;
  private final byte[] state; // per column: UNSEEN, QUEUED (in heap), READY, SCANNED
  private final int[] ready; // columns at the current minimum distance, waiting to be scanned
  private final int[] touched;
  private final int[] popped;
  private final ColumnHeap heap;

  private SparseJonkerVolgenant(float[] c, int n, int width) {
    this.c = c;
    this.n = n;
    this.x = new int[n];
    this.y = new int[n];
    this.v = new double[n];
    this.graph = new CandidateGraph(n, width);
    this.dirty = new boolean[n];
    this.bound = new double[n];
    this.dist = new double[n];
    this.pred = new int[n];
    this.state = new byte[n];
    this.ready = new int[n];
    this.touched = new int[n];
    this.popped = new int[n];
    this.heap = new ColumnHeap(n);
    Arrays.fill(x, -1);
    Arrays.fill(y, -1);
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
  }

  static int[] solve(float[] c, int n) {
    return solve(c, n, WIDTH);
  }

  static int[] solve(float[] c, int n, int width) {
    SparseJonkerVolgenant s = new SparseJonkerVolgenant(c, n, Math.min(width, n));
    return s.run();
  }

  private int[] run() {
    int[] free = new int[n];
    int numFree = initialise(free);
    for (int round = 0; round < 2 && numFree > 0; round++) {
      numFree = augmentingRowReduction(free, numFree);
    }
    while (true) {
      for (int f = 0; f < numFree; f++) {
        if (!augment(free[f])) {
          denseFinish();
          return x;
        }
      }
      numFree = certify(free);
      if (numFree == 0) {
        return x;
      }
    }
  }

  /**
   * Column reduction, then one dense pass per row that both picks the row's candidate columns
   * and performs JV's reduction transfer, so every matched row leaves it dense-feasible.
   * Returns the number of free rows, listed in free[0..].
   */
  private int initialise(int[] free) {
    float[] colMin = new float[n];
    int[] argMin = new int[n];
    DenseJonkerVolgenant.columnMinima(c, n, colMin, argMin);
    int[] matches = DenseJonkerVolgenant.assignColumnMinima(n, colMin, argMin, x, y, v);
    int width = graph.width;
    double[] candValue = new double[width];
    int[] candColumn = new int[width];
    int numFree = 0;
    for (int i = 0; i < n; i++) {
      int row = i * n;
      int count = selectCheapest(row, candValue, candColumn);
      bound[i] = count < n ? candValue[0] : Double.POSITIVE_INFINITY;
      int base = i * width;
      int j1 = x[i];
      double second = Double.POSITIVE_INFINITY;
      for (int t = 0; t < count; t++) {
        int j = candColumn[t];
        graph.column[base + t] = j;
        graph.cost[base + t] = c[row + j];
        if (j != j1 && candValue[t] < second) {
          second = candValue[t];
        }
      }
      graph.baseDegree[i] = count;
      if (matches[i] == 0) {
        free[numFree++] = i;
      } else if (matches[i] == 1 && second < Double.POSITIVE_INFINITY) {
        // Reduction transfer. The candidates are the row's `width` smallest slacks, so the
        // smallest one outside j1 is the dense second minimum: u_i becomes the dense row minimum.
        v[j1] -= second;
      }
    }
    return numFree;
  }

  /**
   * Fills candColumn/candValue with the columns of the smallest reduced costs c[row+j] − v[j]
   * (a bounded max-heap: most columns cost one comparison against its top). Returns the count.
   */
  private int selectCheapest(int row, double[] value, int[] column) {
    int width = value.length;
    int count = 0;
    for (int j = 0; j < width; j++) {
      double h = c[row + j] - v[j];
      count++;
      int at = j;
      while (at > 0) {
        int parent = (at - 1) >>> 1;
        if (value[parent] >= h) {
          break;
        }
        value[at] = value[parent];
        column[at] = column[parent];
        at = parent;
      }
      value[at] = h;
      column[at] = j;
    }
    double top = value[0];
    for (int j = width; j < n; j++) {
      double h = c[row + j] - v[j];
      if (h < top) {
        int at = 0;
        while (true) {
          int child = 2 * at + 1;
          if (child >= width) {
            break;
          }
          if (child + 1 < width && value[child + 1] > value[child]) {
            child++;
          }
          if (value[child] <= h) {
            break;
          }
          value[at] = value[child];
          column[at] = column[child];
          at = child;
        }
        value[at] = h;
        column[at] = j;
        top = value[0];
      }
    }
    return count;
  }

  /** JV augmenting row reduction restricted to the candidate edges. Returns the rows left free. */
  private int augmentingRowReduction(int[] free, int prevFree) {
    int k = 0;
    int numFree = 0;
    // Displacement chains can be long on near-tied costs; past this budget rows are left to the
    // augmentation phase, which is exact regardless.
    long budget = 4L * n + 16;
    int width = graph.width;
    while (k < prevFree) {
      int i = free[k++];
      double u1 = Double.POSITIVE_INFINITY;
      double u2 = Double.POSITIVE_INFINITY;
      int j1 = -1;
      int j2 = -1;
      int base = i * width;
      int end = base + graph.baseDegree[i];
      for (int e = base; e < end; e++) {
        int j = graph.column[e];
        double h = graph.cost[e] - v[j];
        if (h < u2) {
          if (h >= u1) {
            u2 = h;
            j2 = j;
          } else {
            u2 = u1;
            u1 = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      int extra = graph.extraDegree(i);
      for (int e = 0; e < extra; e++) {
        int j = graph.extraColumn[i][e];
        double h = graph.extraCost[i][e] - v[j];
        if (h < u2) {
          if (h >= u1) {
            u2 = h;
            j2 = j;
          } else {
            u2 = u1;
            u1 = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      int i0 = y[j1];
      boolean strict = u1 < u2;
      if (strict) {
        if (u2 < Double.POSITIVE_INFINITY) {
          v[j1] -= u2 - u1;
        }
      } else if (i0 >= 0) {
        j1 = j2;
        i0 = y[j2];
      }
      x[i] = j1;
      y[j1] = i;
      dirty[i] = true;
      if (i0 >= 0) {
        x[i0] = -1;
        if (strict && --budget > 0) {
          free[--k] = i0;
        } else {
          free[numFree++] = i0;
        }
      }
    }
    return numFree;
  }

  /**
   * Dijkstra over the candidate edges from free row f to the nearest free column, then the JV
   * dual update and the augmentation. Returns false, changing nothing, if no free column is
   * reachable through candidate edges.
   *
   * <p>Columns reached at exactly the current minimum distance (through zero-slack edges, common
   * after JV's initialisation) skip the heap and go to a ready stack, as in JV's "todo" list.
   */
  private boolean augment(int f) {
    numTouched = 0;
    numReady = 0;
    current = Double.NEGATIVE_INFINITY;
    end = -1;
    int numPopped = 0;
    relax(f, 0.0);
    while (end < 0) {
      int j;
      if (numReady > 0) {
        j = ready[--numReady];
      } else if (!heap.isEmpty()) {
        j = heap.pop(dist);
      } else {
        break;
      }
      state[j] = SCANNED;
      popped[numPopped++] = j;
      current = dist[j];
      int i = y[j];
      if (i < 0) {
        end = j;
        break;
      }
      // u_i − dist[j]: subtracting it from c[i,j'] − v[j'] gives dist[j] + reduced cost.
      double shift = (c[i * n + j] - v[j]) - dist[j];
      relax(i, shift);
    }
    if (end >= 0) {
      double total = dist[end];
      for (int t = 0; t < numPopped; t++) {
        int j = popped[t];
        double delta = dist[j] - total;
        // delta ≤ 0 by construction; the guard keeps v non-increasing, which `bound` relies on.
        if (delta < 0) {
          v[j] += delta;
          if (y[j] >= 0) {
            dirty[y[j]] = true;
          }
        }
      }
      int j = end;
      int i;
      do {
        i = pred[j];
        y[j] = i;
        int next = x[i];
        x[i] = j;
        dirty[i] = true;
        j = next;
      } while (i != f);
    }
    for (int t = 0; t < numTouched; t++) {
      int j = touched[t];
      dist[j] = Double.POSITIVE_INFINITY;
      state[j] = UNSEEN;
    }
    heap.clear();
    return end >= 0;
  }

  // Per-search state shared by augment and relax.
  private int numTouched;
  private int numReady;
  private double current; // distance of the column scanned last (the search's frontier)
  private int end; // free column the search ended at, or -1

  private void relax(int i, double shift) {
    int width = graph.width;
    int base = i * width;
    int stop = base + graph.baseDegree[i];
    for (int e = base; e < stop && end < 0; e++) {
      offer(i, graph.column[e], graph.cost[e] - shift);
    }
    int extra = graph.extraDegree(i);
    for (int e = 0; e < extra && end < 0; e++) {
      offer(i, graph.extraColumn[i][e], graph.extraCost[i][e] - shift);
    }
  }

  /** Offers column j at distance cost − v[j] (cost already shifted) through row i. */
  private void offer(int i, int j, double shiftedCost) {
    byte s = state[j];
    if (s == SCANNED) {
      return;
    }
    double h = shiftedCost - v[j];
    if (h < dist[j]) {
      if (s == UNSEEN) {
        touched[numTouched++] = j;
      }
      pred[j] = i;
      if (h <= current) {
        // Not below the frontier except by rounding; clamp so scanned distances stay monotone.
        dist[j] = current;
        if (s == QUEUED) {
          heap.remove(j, dist);
        }
        if (s != READY) {
          state[j] = READY;
          if (y[j] < 0) {
            // A free column at the minimum distance: no shorter augmenting path exists.
            end = j;
            return;
          }
          ready[numReady++] = j;
        }
      } else {
        dist[j] = h;
        state[j] = QUEUED;
        heap.push(j, dist);
      }
    }
  }

  /**
   * Checks every dirty row against the dense matrix. A row with a cheaper non-candidate column
   * than its own (c[i,j] − v[j] < u_i) gets those columns as edges and is freed. Returns the
   * number of freed rows, listed in free[0..].
   */
  private int certify(int[] free) {
    int numFree = 0;
    for (int i = 0; i < n; i++) {
      if (!dirty[i]) {
        continue;
      }
      dirty[i] = false;
      int row = i * n;
      int xi = x[i];
      double u = c[row + xi] - v[xi];
      if (u <= bound[i]) {
        continue;
      }
      boolean violated = false;
      for (int j = 0; j < n; j++) {
        if (c[row + j] - v[j] < u && !isCandidate(i, j)) {
          graph.addExtra(i, j, c[row + j]);
          violated = true;
        }
      }
      if (violated) {
        y[xi] = -1;
        x[i] = -1;
        free[numFree++] = i;
      }
    }
    return numFree;
  }

  private boolean isCandidate(int i, int j) {
    int base = i * graph.width;
    int end = base + graph.baseDegree[i];
    for (int e = base; e < end; e++) {
      if (graph.column[e] == j) {
        return true;
      }
    }
    int extra = graph.extraDegree(i);
    for (int e = 0; e < extra; e++) {
      if (graph.extraColumn[i][e] == j) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fallback when the candidate graph has no augmenting path: make the duals feasible on the
   * dense matrix by freeing every row whose column is not its dense row minimum, then finish
   * with dense shortest augmenting paths.
   */
  private void denseFinish() {
    int[] free = new int[n];
    int numFree = 0;
    for (int i = 0; i < n; i++) {
      int xi = x[i];
      if (xi < 0) {
        free[numFree++] = i;
        continue;
      }
      int row = i * n;
      double u = c[row + xi] - v[xi];
      for (int j = 0; j < n; j++) {
        if (c[row + j] - v[j] < u) {
          y[xi] = -1;
          x[i] = -1;
          free[numFree++] = i;
          break;
        }
      }
    }
    DenseJonkerVolgenant.augment(c, n, x, y, v, free, numFree);
  }
}
