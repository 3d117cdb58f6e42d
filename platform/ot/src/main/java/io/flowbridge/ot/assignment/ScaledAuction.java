package io.flowbridge.ot.assignment;

/**
 * Forward Gauss–Seidel auction with ε-scaling on a dense float matrix (min-cost form: a bid
 * lowers the column dual v[j] by the bidder's margin plus ε). Used only to produce near-optimal
 * column duals and an ε-optimal matching as a warm start for the exact JV phase of
 * {@link SparseJonkerVolgenant}: nothing here needs to be exact, only cheap.
 *
 * <p>Why: on targets shaped differently from the source (8 Gaussians, moons), JV's column
 * reduction leaves ~70–95% of the rows free and duals far from optimal, so the candidate graph
 * misses most optimal edges (at n = 1024 only ~10% of optimal partners are among a row's 32
 * cheapest columns) and the shortest-path phase is long. A few ε-phases of dense bids fix the
 * duals globally; afterwards JV typically has a few dozen rows left to augment.
 *
 * <p>Every bid lowers one v[j] by at least ε &gt; 0, so v only decreases (which the candidate
 * bounds of the JV phase rely on), and a bid budget per phase guarantees termination whatever
 * the costs' magnitudes; an unfinished auction only gives a worse warm start.
 */
final class ScaledAuction {
  /**
   * First ε as a fraction of the cost scale; each phase divides it by THETA down to FINAL. Once
   * bids were vectorised ({@link RowScan}) more, cheaper phases paid: θ = 5 and a final 5·10⁻⁴
   * (from 10 and 10⁻³) measured 8% faster at n = 256 and 20–30% at n = 1024 on 8-Gaussian and
   * moons targets, in-JVM A/B (docs/ot-benchmarks.md, session 6).
   */
  static final double START = 0.05;
  static final double THETA = 5;
  static final double FINAL = 5e-4;
  /**
   * Each phase stops bidding once at most this fraction of the rows is unassigned; those rows bid
   * again in the next phase, and after the last one JV's shortest paths place them. On 8-Gaussian
   * and moons targets about half of a full auction's bids came after fewer than 10% of the rows
   * were left (the end-game price war): stopping at 4% halved the bids and made the whole solve
   * 11–16% faster at n = 256, 13% at n = 512 and 1–8% at n = 1024 (docs/ot-benchmarks.md).
   */
  static final double TAIL = 0.04;

  private ScaledAuction() {}

  /**
   * Runs the auction from column duals v (changed in place; only ever lowered) and writes a
   * matching to x (row → column, −1 for the few rows left unassigned, see {@link #TAIL}, or more
   * if the budget ran out), ε-optimal on its assigned rows. Rows first bid in the given order
   * (a permutation of the rows): sorted in space, neighbouring bidders would fight over the same
   * columns one after another (measured: 40% more time on 8 Gaussians at n = 1024).
   */
  static void run(float[] c, int n, int[] order, double[] v, int[] x) {
    run(c, n, order, v, x, RowScan.VECTOR && n <= RowScan.PACKED_MAX_N);
  }

  /**
   * {@link #run} with the choice of scanning bidders in pairs made by the caller (tests compare
   * the two). In pairs, each bid's scan also takes the next bidder's row ({@link
   * VectorRowScan#twoLowestPair}: 8 Gaussians n = 256, ~65 ns a row against ~100 ns alone), and
   * the next bid uses it unless the bid in between lowered the dual of one of its two cheapest
   * columns, which happened for ~4% of pairs: bids, duals and matching are exactly those of one
   * row at a time. The bidding part of the auction took 20–30% less time.
   */
  static void run(float[] c, int n, int[] order, double[] v, int[] x, boolean pairs) {
    pairs &= RowScan.VECTOR && n <= RowScan.PACKED_MAX_N;
    int[] y = new int[n];
    java.util.Arrays.fill(x, -1);
    java.util.Arrays.fill(y, -1);
    // The spread of one row's costs (row 0) sets the ε scale. Its range, not its maximum: adding a
    // constant to every cost changes neither the optimum nor the bids, so it must not change ε
    // (N(0, I) clouds in d = 784 have costs 1568 ± ~250; the maximum made ε 2.5× too coarse).
    double highest = Double.NEGATIVE_INFINITY;
    double lowest = Double.POSITIVE_INFINITY;
    double magnitude = 0;
    for (int j = 0; j < n; j++) {
      highest = Math.max(highest, c[j]);
      lowest = Math.min(lowest, c[j]);
      magnitude = Math.max(magnitude, Math.abs(v[j]));
    }
    // A constant row 0 says nothing about the spread: fall back to its magnitude, as before.
    double scale = highest > lowest ? highest - lowest : Math.abs(highest);
    // ε must stay well above the rounding of v, or a bid would not move the dual.
    double floor = 0x1p-30 * (scale + Math.abs(highest) + magnitude + Double.MIN_NORMAL) * n;
    double eps = Math.max(START * scale, floor);
    double epsFinal = Math.max(FINAL * scale, floor);
    int[] queue = new int[n];
    int leftOver = (int) (TAIL * n);
    // Bids read a float copy of the duals: half the memory traffic and no per-entry widening.
    // Their rounding (~2^-24 of the magnitudes) is far below ε, and v itself stays double and
    // strictly decreasing, so only the warm start's quality could notice.
    float[] vf = new float[n];
    for (int j = 0; j < n; j++) {
      vf[j] = (float) v[j];
    }
    float[] two = new float[2];
    int[] keys = new int[4];
    float[] rowMin = new float[n];
    int bits = RowScan.indexBits(n);
    int index = ~(-1 << bits);
    while (true) {
      // The assigned rows' minima first (nothing changes a dual here), two rows per pass in pairs.
      int waiting = -1;
      for (int t = 0; t < n; t++) {
        int i = order[t];
        if (x[i] < 0) {
          continue;
        }
        if (!pairs) {
          rowMin[i] = RowScan.lowest(c, i * n, vf, n);
        } else if (waiting < 0) {
          waiting = i;
        } else {
          VectorRowScan.lowestPair(c, waiting * n, i * n, vf, n, two);
          rowMin[waiting] = two[0];
          rowMin[i] = two[1];
          waiting = -1;
        }
      }
      if (waiting >= 0) {
        rowMin[waiting] = RowScan.lowest(c, waiting * n, vf, n);
      }
      int size = 0;
      for (int t = 0; t < n; t++) {
        int i = order[t];
        int j = x[i];
        // Keep rows still ε-optimal at the new ε; the rest bid again. In float, like the bids: the
        // test only sorts rows into bidders and keepers, so rounding can only cost a bid.
        if (j >= 0 && c[i * n + j] - vf[j] - rowMin[i] > eps) {
          x[i] = -1;
          y[j] = -1;
          j = -1;
        }
        if (j < 0) {
          queue[size++] = i;
        }
      }
      int head = 0;
      long budget = 64L * n;
      int paired = -1; // the row whose bid was scanned with the previous bidder's, or −1
      int changed = -1; // the column whose dual the previous bid lowered
      while (size > leftOver && budget-- > 0) {
        int i = queue[head];
        head = head + 1 == n ? 0 : head + 1;
        size--;
        int j1;
        if (i == paired && (keys[2] & index) != changed && (keys[3] & index) != changed) {
          // Scanned with the previous bidder, whose bid changed only v[changed]: not one of this
          // row's two cheapest, and it only got dearer, so the bid is as a fresh scan would give.
          j1 = RowScan.fromPackedKeys(c, i * n, vf, keys[2], keys[3], bits, two);
          paired = -1;
        } else if (pairs && size > 0) {
          // The next bidder is the queue's head whatever this bid does (a displaced row joins
          // the tail): scan both rows in one pass.
          paired = queue[head];
          VectorRowScan.twoLowestPair(c, i * n, paired * n, vf, n, keys);
          j1 = RowScan.fromPackedKeys(c, i * n, vf, keys[0], keys[1], bits, two);
        } else {
          j1 = RowScan.twoLowest(c, i * n, vf, n, two);
          paired = -1;
        }
        changed = j1;
        float r1 = two[0];
        float r2 = two[1];
        // Bids rank columns by packed keys (RowScan.twoLowest), so r2 can fall below r1 by the
        // keys' resolution, far below ε; the margin is clamped so that v still drops by ≥ ε.
        v[j1] -= (r2 == Float.POSITIVE_INFINITY ? 0 : Math.max((double) r2 - r1, 0)) + eps;
        vf[j1] = (float) v[j1];
        int previous = y[j1];
        y[j1] = i;
        x[i] = j1;
        if (previous >= 0) {
          x[previous] = -1;
          int tail = head + size;
          queue[tail >= n ? tail - n : tail] = previous;
          size++;
        }
      }
      if (size > leftOver || eps <= epsFinal) {
        return; // the budget ran out, or the last phase is done
      }
      eps = Math.max(eps / THETA, epsFinal);
    }
  }
}
