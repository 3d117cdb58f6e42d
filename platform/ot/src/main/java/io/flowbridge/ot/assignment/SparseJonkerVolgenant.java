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
  /**
   * Candidate columns kept per row (at most; selection keeps ¾·WIDTH or more): enough that
   * random geometric instances rarely need more.
   */
  static final int WIDTH = 24;
  /**
   * Times a row may be displaced and take the next turn within one round of augmenting row
   * reduction. Uncapped, two rows bidding for near-tied columns displace each other until the
   * round's budget runs out: on 2-D Gaussian clouds at n = 256 the two rounds took 2229 steps and
   * left 32 rows free; capped at 4, 882 steps and 29 free rows, and the solve got ~10% faster
   * (docs/ot-benchmarks.md). The dense solvers' row reductions use the same cap (n = 128: −9 to
   * −16%).
   */
  static final int DISPLACEMENTS = 4;
  /** Free-row fraction after column reduction above which the duals come from an auction. */
  static final double AUCTION_MIN_FREE = 0.5;

  private final float[] c;
  private final int n;
  /** Whether the rows are sorted in space (see {@link #solve(float[], int, int, int[])}). */
  private final boolean spatial;
  /** The rows in the order passes over all rows take them: the identity unless spatial. */
  private final int[] visit;
  private final int[] x; // row -> column, -1 free
  private final int[] y; // column -> row, -1 free
  private final double[] v; // column duals
  private final float[] matchedCost; // c[i, x[i]] for matched rows, so u_i needs no matrix access
  private final float[] predCost; // cost of the edge (pred[j], j) of the current search
  private final CandidateGraph graph;
  private final boolean[] dirty; // rows whose u_i may have grown since their last dense check
  /**
   * bound[i] ≤ c[i,j] − v[j] for every non-candidate column j of row i: the largest slack among
   * the row's candidates when they were picked. Duals v only ever decrease, so slacks only grow
   * and the bound stays valid; a row with u_i ≤ bound[i] needs no dense check.
   */
  private final double[] bound;

  // Shortest-path scratch, reset after each search so a search costs what it touches, not n.
  /** 2^-22: four times float's relative rounding error, the margin on float-selected bounds. */
  private static final double FLOAT_SLACK = 0x1p-22;

  private static final byte UNSEEN = 0;
  private static final byte QUEUED = 1;
  private static final byte READY = 2;
  private static final byte SCANNED = 3;

  private final double[] dist;
  private final int[] pred;
  private final byte[] state; // per column: UNSEEN, QUEUED (in pending), READY, SCANNED
  private final int[] ready; // columns at the current minimum distance, waiting to be scanned
  private final int[] touched;
  private final int[] popped; // columns scanned by the current search, in order
  private final double[] poppedDist; // their final distances (dist[] holds −∞ once scanned)
  private final int[] pending; // columns reached at a distance above the frontier (may be stale)
  private final int[] offers; // relax's scratch: the row's candidate edges that improve a distance
  private int numPending;

  private SparseJonkerVolgenant(float[] c, int n, int width, int[] visit) {
    this.c = c;
    this.spatial = visit != null;
    if (visit == null) {
      visit = new int[n];
      for (int i = 0; i < n; i++) {
        visit[i] = i;
      }
    }
    this.visit = visit;
    this.n = n;
    this.x = new int[n];
    this.y = new int[n];
    this.v = new double[n];
    this.matchedCost = new float[n];
    this.predCost = new float[n];
    this.graph = new CandidateGraph(n, width);
    this.dirty = new boolean[n];
    this.bound = new double[n];
    this.dist = new double[n];
    this.pred = new int[n];
    this.state = new byte[n];
    this.ready = new int[n];
    this.touched = new int[n];
    this.popped = new int[n];
    this.poppedDist = new double[n];
    this.pending = new int[n];
    this.offers = new int[graph.width];
    Arrays.fill(x, -1);
    Arrays.fill(y, -1);
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
  }

  static int[] solve(float[] c, int n) {
    return solve(c, n, WIDTH);
  }

  static int[] solve(float[] c, int n, int width) {
    return solve(c, n, width, null);
  }

  /**
   * Solves with rows that are sorted in space ({@link SpatialOrder}) when {@code visit} is not
   * null: then consecutive rows have similar costs, and each row's candidate selection starts
   * from the threshold that suited the row before. {@code visit} lists the rows in their original
   * (random) order, and every other pass over the rows follows it: column minima, the auction's
   * bidders and the queues of free rows all measured slower in spatial order (their branches
   * mispredict, and neighbouring rows compete for the same columns one after another).
   */
  static int[] solve(float[] c, int n, int width, int[] visit) {
    SparseJonkerVolgenant s = new SparseJonkerVolgenant(c, n, Math.min(width, n), visit);
    return s.run();
  }

  private int[] run() {
    int[] queue = new int[n]; // free rows still to augment; distinct, so n slots suffice
    int numFree = initialise(queue);
    for (int round = 0; round < 2 && numFree > 0; round++) {
      numFree = augmentingRowReduction(queue, numFree);
    }
    // Even with no free row left, ARR's moves still need the dense certificate: do, then check.
    do {
      int head = 0;
      int size = numFree;
      while (size > 0) {
        int f = queue[head];
        head = head + 1 == n ? 0 : head + 1;
        size--;
        if (!augment(f)) {
          // Rows freed to make the dense search valid join the back of the queue.
          int tail = head + size;
          size += denseAugment(f, queue, tail >= n ? tail - n : tail);
        }
      }
      numFree = certify(queue);
    } while (numFree > 0);
    return x;
  }

  /**
   * Column reduction, then one dense pass per row that both picks the row's candidate columns
   * and performs JV's reduction transfer, so every matched row leaves it dense-feasible.
   * Returns the number of free rows, listed in free[0..].
   */
  private int initialise(int[] free) {
    double[] colMin = new double[n];
    int[] argMin = new int[n];
    DenseJonkerVolgenant.columnMinima(c, n, visit, colMin, argMin);
    int[] matches = DenseJonkerVolgenant.assignColumnMinima(n, colMin, argMin, x, y, v);
    int unmatched = 0;
    for (int i = 0; i < n; i++) {
      unmatched += matches[i] == 0 ? 1 : 0;
    }
    // Column reduction leaves ~30% of rows free on like-shaped clouds but 70–95% when the target
    // is shaped differently (8 Gaussians, moons): its duals are then far from optimal, and an
    // ε-scaling auction is the cheaper way to good duals and a near-complete matching.
    int[] start = null;
    if (unmatched > AUCTION_MIN_FREE * n) {
      start = new int[n];
      ScaledAuction.run(c, n, visit, v, start);
      Arrays.fill(x, -1);
      Arrays.fill(y, -1);
    }
    for (int i = 0; i < n; i++) {
      if (x[i] >= 0) {
        matchedCost[i] = c[i * n + x[i]];
      }
    }
    int width = graph.width;
    CheapestColumns cheapest = new CheapestColumns(width, n);
    // Chained thresholds are offsets above a floor near each row's minimum reduced cost: 0 after
    // column reduction, the auction's column after an auction. (Absolute thresholds failed after
    // an auction: the rows' minima differ, 94% of chained rows needed a cut and 8 Gaussians got
    // ~12% slower; as offsets, 8 Gaussians and moons got 5–9% faster at n = 256 and 512.)
    cheapest.chained = spatial;
    int[] candColumn = cheapest.column;
    // Candidates are picked on float copies of the duals; `slack` widens the float bound by more
    // than the rounding of c − v in float, so bound[i] is a valid bound for the exact values.
    float[] vf = new float[n];
    for (int j = 0; j < n; j++) {
      vf[j] = (float) v[j];
    }
    double vMagnitude = 0;
    for (int j = 0; j < n; j++) {
      vMagnitude = Math.max(vMagnitude, Math.abs(v[j]));
    }
    int numFree = 0;
    for (int i = 0; i < n; i++) {
      int row = i * n;
      float floor = 0f;
      if (start != null) {
        int j0 = start[i];
        floor = j0 >= 0 ? c[row + j0] - vf[j0] : Float.NaN;
      }
      cheapest.select(c, row, vf, n, floor);
      int count = cheapest.count;
      float top = cheapest.bound;
      bound[i] = top == Float.POSITIVE_INFINITY
          ? Double.POSITIVE_INFINITY
          : top - (Math.abs((double) top) + vMagnitude) * FLOAT_SLACK;
      int base = i * width;
      int j1 = x[i];
      double second = Double.POSITIVE_INFINITY;
      for (int t = 0; t < count; t++) {
        int j = candColumn[t];
        float cij = c[row + j];
        graph.column[base + t] = j;
        graph.cost[base + t] = cij;
        double h = cij - v[j];
        if (j != j1 && h < second) {
          second = h;
        }
      }
      graph.baseDegree[i] = count;
      if (start != null) {
        // Keep the auction's column when it is the row's cheapest candidate (x[i] = −1 here, so
        // `second` is the candidates' minimum): the row is then tight; certification confirms.
        int j0 = start[i];
        if (j0 >= 0 && c[row + j0] - v[j0] <= second) {
          x[i] = j0;
          y[j0] = i;
          matchedCost[i] = c[row + j0];
          dirty[i] = true;
        } else {
          free[numFree++] = i;
        }
      } else if (matches[i] == 0) {
        free[numFree++] = i;
      } else if (matches[i] == 1 && second < Double.POSITIVE_INFINITY) {
        // Reduction transfer: u_i becomes the smallest slack outside j1. When that candidate
        // slack is within the bound it is the dense second minimum and the row stays
        // dense-feasible; otherwise (rounding at the boundary) leave the row to certification.
        v[j1] = matchedCost[i] - second;
        vf[j1] = (float) v[j1];
        vMagnitude = Math.max(vMagnitude, Math.abs(v[j1]));
        if (second > bound[i]) {
          dirty[i] = true;
        }
      }
    }
    if (spatial) {
      // The free rows were found in spatial order; queue them in the original one. A row is
      // free here exactly when it has no column.
      numFree = 0;
      for (int t = 0; t < n; t++) {
        int i = visit[t];
        if (x[i] < 0) {
          free[numFree++] = i;
        }
      }
    }
    return numFree;
  }

  /** JV augmenting row reduction restricted to the candidate edges. Returns the rows left free. */
  private int augmentingRowReduction(int[] free, int prevFree) {
    int[] displaced = new int[n];
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
      float c1 = 0;
      float c2 = 0;
      int base = i * width;
      int end = base + graph.baseDegree[i];
      for (int e = base; e < end; e++) {
        int j = graph.column[e];
        float cost = graph.cost[e];
        double h = cost - v[j];
        if (h < u2) {
          if (h >= u1) {
            u2 = h;
            j2 = j;
            c2 = cost;
          } else {
            u2 = u1;
            u1 = h;
            j2 = j1;
            j1 = j;
            c2 = c1;
            c1 = cost;
          }
        }
      }
      int extra = graph.extraDegree(i);
      for (int e = 0; e < extra; e++) {
        int j = graph.extraColumn[i][e];
        float cost = graph.extraCost[i][e];
        double h = cost - v[j];
        if (h < u2) {
          if (h >= u1) {
            u2 = h;
            j2 = j;
            c2 = cost;
          } else {
            u2 = u1;
            u1 = h;
            j2 = j1;
            j1 = j;
            c2 = c1;
            c1 = cost;
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
        c1 = c2;
        i0 = y[j2];
      }
      x[i] = j1;
      y[j1] = i;
      matchedCost[i] = c1;
      dirty[i] = true;
      if (i0 >= 0) {
        x[i0] = -1;
        // A displaced row takes the next turn while the chain is productive; a row displaced
        // DISPLACEMENTS times this round is in a price war over near-tied columns (each turn only
        // moves a dual by their tiny difference) and waits for the searches instead.
        if (strict && --budget > 0 && ++displaced[i0] <= DISPLACEMENTS) {
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
   * after JV's initialisation) go straight to a ready stack, as in JV's "todo" list.
   */
  private boolean augment(int f) {
    numTouched = 0;
    numReady = 0;
    current = Double.NEGATIVE_INFINITY;
    end = -1;
    int numPopped = 0;
    relax(f, 0.0);
    while (end < 0) {
      if (numReady == 0 && !advanceFrontier()) {
        break;
      }
      if (end >= 0) {
        break;
      }
      int j = ready[--numReady];
      double dj = dist[j];
      current = dj;
      int i = y[j];
      if (i < 0) {
        end = j;
        break;
      }
      state[j] = SCANNED;
      dist[j] = Double.NEGATIVE_INFINITY;
      poppedDist[numPopped] = dj;
      popped[numPopped++] = j;
      // u_i − dist[j]: subtracting it from c[i,j'] − v[j'] gives dist[j] + reduced cost.
      double shift = (matchedCost[i] - v[j]) - dj;
      relax(i, shift);
    }
    if (end >= 0) {
      // Every way of ending sets `end` at the frontier distance.
      double total = current;
      for (int t = 0; t < numPopped; t++) {
        int j = popped[t];
        double delta = poppedDist[t] - total;
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
        matchedCost[i] = predCost[j];
        dirty[i] = true;
        j = next;
      } while (i != f);
    }
    for (int t = 0; t < numTouched; t++) {
      int j = touched[t];
      dist[j] = Double.POSITIVE_INFINITY;
      state[j] = UNSEEN;
    }
    numPending = 0;
    return end >= 0;
  }

  // Per-search state shared by augment and relax.
  private int numTouched;
  private int numReady;
  private double current; // distance of the column scanned last (the search's frontier)
  private int end; // free column the search ended at, or -1

  private void relax(int i, double shift) {
    int[] column = graph.column;
    float[] cost = graph.cost;
    double[] v = this.v;
    double[] dist = this.dist;
    int[] offers = this.offers;
    int base = i * graph.width;
    int stop = base + graph.baseDegree[i];
    // Two passes: the first lists, branch-free, the edges that improve a distance (scanned
    // columns hold dist = −∞ and never do); the second acts on them in order. Whether an edge
    // improves is data-dependent and a branch on it mispredicted often; columns are distinct
    // within a row, so acting on one offer cannot change whether a later one improves.
    int count = 0;
    for (int e = base; e < stop; e++) {
      int j = column[e];
      offers[count] = e;
      count += cost[e] - v[j] - shift < dist[j] ? 1 : 0;
    }
    for (int t = 0; t < count; t++) {
      int e = offers[t];
      int j = column[e];
      float cij = cost[e];
      improve(i, j, cij, cij - v[j] - shift);
      if (end >= 0) {
        return;
      }
    }
    int extra = graph.extraDegree(i);
    for (int e = 0; e < extra; e++) {
      int j = graph.extraColumn[i][e];
      float cij = graph.extraCost[i][e];
      double h = cij - v[j] - shift;
      if (h < dist[j]) {
        improve(i, j, cij, h);
        if (end >= 0) {
          return;
        }
      }
    }
  }

  /** Column j is reachable through row i at distance h, below its current distance. */
  private void improve(int i, int j, float cost, double h) {
    byte s = state[j];
    if (s == UNSEEN) {
      touched[numTouched++] = j;
    }
    pred[j] = i;
    predCost[j] = cost;
    if (h <= current) {
      // Not below the frontier except by rounding; clamp so scanned distances stay monotone.
      dist[j] = current;
      // A QUEUED column stays in `pending` and is dropped there lazily.
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
      if (s == UNSEEN) {
        state[j] = QUEUED;
        pending[numPending++] = j;
      }
    }
  }

  /**
   * Moves every pending column at the smallest pending distance to the ready stack (JV's
   * minimum search), dropping entries that have become ready meanwhile. An unordered list
   * beats a heap here: most columns are reached through zero-slack edges and never need
   * ordering, and the search usually ends long before most queued columns would be popped.
   * One pass finds the minimum and compacts the list; a second pass, to collect every column at
   * the minimum, runs only when the minimum is tied (it used to run always: ~0.12 ms of a 1.2 ms
   * solve at n = 256 went to these passes, 530 frontier advances over ~53 entries each).
   * Returns false if nothing is pending.
   */
  private boolean advanceFrontier() {
    double min = Double.POSITIVE_INFINITY;
    int at = -1;
    boolean tied = false;
    int live = 0;
    for (int t = 0; t < numPending; t++) {
      int j = pending[t];
      if (state[j] == QUEUED) {
        double h = dist[j];
        if (h <= min) {
          tied = h == min;
          min = h;
          at = live;
        }
        pending[live++] = j;
      }
    }
    numPending = live;
    if (live == 0) {
      return false;
    }
    current = min;
    if (!tied) {
      // The usual case: one column at the minimum. It becomes READY, so the next pass drops it
      // from the list; no second pass.
      makeReady(pending[at]);
      return true;
    }
    int kept = 0;
    for (int t = 0; t < live; t++) {
      int j = pending[t];
      if (dist[j] == min) {
        makeReady(j);
      } else {
        pending[kept++] = j;
      }
    }
    numPending = kept;
    return true;
  }

  private void makeReady(int j) {
    state[j] = READY;
    if (y[j] < 0 && end < 0) {
      end = j;
    }
    ready[numReady++] = j;
  }

  /**
   * Checks every dirty row against the dense matrix. A row with a cheaper non-candidate column
   * than its own (c[i,j] − v[j] < u_i) gets those columns as edges and is freed. Returns the
   * number of freed rows, listed in free[0..].
   */
  private int certify(int[] free) {
    int numFree = 0;
    for (int t = 0; t < n; t++) {
      int i = visit[t];
      if (!dirty[i]) {
        continue;
      }
      dirty[i] = false;
      int xi = x[i];
      double u = matchedCost[i] - v[xi];
      if (u > bound[i] && addViolatedEdges(i, u)) {
        y[xi] = -1;
        x[i] = -1;
        free[numFree++] = i;
      }
    }
    return numFree;
  }

  /**
   * Adds to row i every non-candidate column with c[i,j] − v[j] &lt; u (a violated dual
   * constraint). Returns whether there was one.
   */
  private boolean addViolatedEdges(int i, double u) {
    int row = i * n;
    if (rowMinimumReduced(c, row, v, n) >= u) {
      return false;
    }
    boolean violated = false;
    for (int j = 0; j < n; j++) {
      if (c[row + j] - v[j] < u && !isCandidate(i, j)) {
        graph.addExtra(i, j, c[row + j]);
        violated = true;
      }
    }
    return violated;
  }

  /**
   * Fallback when the candidate graph has no augmenting path from f: frees every row that is
   * not dense-feasible (queueing it at queue[tail..], circularly) and runs one dense shortest
   * path search from f, which dense feasibility makes valid. Returns the number of rows queued.
   */
  private int denseAugment(int f, int[] queue, int tail) {
    int queued = 0;
    for (int i = 0; i < n; i++) {
      int xi = x[i];
      if (xi >= 0 && addViolatedEdges(i, matchedCost[i] - v[xi])) {
        y[xi] = -1;
        x[i] = -1;
        queue[tail] = i;
        tail = tail + 1 == n ? 0 : tail + 1;
        queued++;
      }
    }
    DenseJonkerVolgenant.augment(c, n, x, y, v, new int[] {f}, 1);
    // The dense search may have moved any match and dual: refresh the caches, recheck all rows.
    for (int i = 0; i < n; i++) {
      if (x[i] >= 0) {
        matchedCost[i] = c[i * n + x[i]];
        dirty[i] = true;
      }
    }
    return queued;
  }

  /**
   * min_j c[row + j] − v[j]. Four independent branch-free minima: a single running minimum
   * would serialise on its own latency.
   */
  private static double rowMinimumReduced(float[] c, int row, double[] v, int n) {
    double m0 = Double.POSITIVE_INFINITY;
    double m1 = m0;
    double m2 = m0;
    double m3 = m0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      double h0 = c[row + j] - v[j];
      double h1 = c[row + j + 1] - v[j + 1];
      double h2 = c[row + j + 2] - v[j + 2];
      double h3 = c[row + j + 3] - v[j + 3];
      m0 = h0 < m0 ? h0 : m0;
      m1 = h1 < m1 ? h1 : m1;
      m2 = h2 < m2 ? h2 : m2;
      m3 = h3 < m3 ? h3 : m3;
    }
    for (; j < n; j++) {
      double h = c[row + j] - v[j];
      m0 = h < m0 ? h : m0;
    }
    m0 = m1 < m0 ? m1 : m0;
    m2 = m3 < m2 ? m3 : m2;
    return m2 < m0 ? m2 : m0;
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
}
