package io.flowbridge.ot.assignment;

/**
 * Selects, for one row at a time, up to {@code width} columns of smallest reduced cost
 * c[row + j] − v[j] (usually between ¾·width and width of them), and a bound that every column
 * left out is at least as expensive as.
 * Works in float (v rounded to float by the caller): the choice of candidates needs no more,
 * and the caller widens the bound by the rounding error before relying on it.
 *
 * <p>Why not a heap: on a random row a bounded heap takes ~k·ln(n/k) insertions whose sift
 * branches are unpredictable. Here each column is appended to a buffer with a branch-free
 * counter increment and the buffer is cut back to at most {@code width} only when it fills up
 * (and once at the end), by bisecting on a threshold with branch-free counts: a handful of
 * mispredictions per row instead of hundreds. Not insisting on exactly width columns is what
 * makes the bisection cheap; the solver only needs the bound to be valid.
 */
final class CheapestColumns {
  final int width;
  /** Reduced costs of the selected columns, in positions 0 .. count-1 (unordered). */
  final float[] value;
  /** The selected columns, parallel to {@code value}. */
  final int[] column;
  int count;
  private final float[] scratchValue;
  private final int[] scratchColumn;
  /** Every column not selected has reduced cost ≥ bound; +∞ when every column was selected. */
  float bound;

  /**
   * A selector with the smallest buffer: rows longer than it are gathered in ranges and cut back
   * as the buffer fills (the solver uses {@link #CheapestColumns(int, int)}; the tests use this to
   * reach the mid-row cuts).
   */
  CheapestColumns(int width) {
    this(width, 0);
  }

  /**
   * A selector for rows of n columns: the buffer then holds a whole row, so a bounded gather is
   * one vectorised pass with at most one cut at the end (2–3% off whole solves at n = 256 and
   * 1024 against ranges cut to fit a 4·width buffer, in-JVM A/B).
   */
  CheapestColumns(int width, int n) {
    this.width = width;
    // Room for the sample, and for enough appends between cuts to amortise each cut.
    int capacity = Math.max(Math.max(SAMPLE, 4 * width + 16), n);
    this.value = new float[capacity];
    this.column = new int[capacity];
    this.scratchValue = new float[capacity];
    this.scratchColumn = new int[capacity];
  }

  /** Rows at least this long first estimate a threshold from a sample of their columns. */
  static final int SAMPLED_MIN_N = 256;

  private static final int SAMPLE = 64;

  /**
   * Whether consecutive rows have similar reduced costs (rows sorted in space, see
   * {@link SpatialOrder}), so that each row can start from a threshold derived from the previous
   * row's (see {@link #chain}) instead of one estimated from a sample.
   */
  boolean chained;
  /** The next row's starting threshold, as an offset above its floor, when chained; or NaN. */
  private float nextOffset = Float.NaN;
  /**
   * Chained thresholds aim at this fraction of width, inside the window of counts that needs no
   * cut: 0.9 measured best of 0.7–1.2 (2-D Gaussian clouds, n = 256).
   */
  private static final float TARGET = 0.9f;

  /**
   * Selects the row's cheapest columns. {@code floor} is a value at or near the row's smallest
   * reduced cost, the base that chained thresholds are offsets from: 0 after column reduction
   * (reduced costs are ≥ 0 and a matched row's own column is at 0), the reduced cost of the
   * auction's column after an auction (ε-optimal, so within a few ε of the minimum); NaN when
   * none is known, and the row then starts from a sampled threshold.
   */
  void select(float[] c, int row, float[] v, int n, float floor) {
    if (chained && floor == floor && nextOffset == nextOffset) {
      int got = gather(c, row, v, n, floor + nextOffset);
      if (got >= width / 2) {
        chain(got, floor);
        return;
      }
    }
    float top = Float.POSITIVE_INFINITY;
    if (n >= SAMPLED_MIN_N) {
      top = sampledThreshold(c, row, v, n);
      int got = gather(c, row, v, n, top);
      if (got >= width / 2) {
        chain(got, floor);
        return;
      }
      // The sample put the threshold too low (rare): fall back to an unbounded pass.
      top = Float.POSITIVE_INFINITY;
    }
    chain(gather(c, row, v, n, top), floor);
  }

  /**
   * Sets the next row's threshold offset: this row's bound above its floor, scaled towards
   * TARGET·width columns by the ratio of the counts (in 2-D the number of columns below a
   * threshold grows about linearly with it), by a factor between ½ and 2. A row unlike its
   * predecessor costs one extra gather when the threshold lets too few columns through, or a cut
   * when it lets too many.
   */
  private void chain(int got, float floor) {
    if (!chained || floor != floor) {
      return;
    }
    float scale = Math.max(0.5f, Math.min(2f, TARGET * width / Math.max(got, 1)));
    float offset = bound - floor;
    nextOffset = offset > 0 && offset < Float.POSITIVE_INFINITY ? offset * scale : Float.NaN;
  }

  /**
   * A threshold expected to let about 2·width of the n columns through: one with about the
   * matching number of SAMPLE evenly spaced columns below it. Saves the cuts that an unbounded
   * pass spends discovering the threshold. Found by bisection with branch-free counts rather
   * than by a quickselect, whose data-dependent branches mispredict on most elements.
   */
  private float sampledThreshold(float[] c, int row, float[] v, int n) {
    float[] val = value;
    int stride = n / SAMPLE;
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (int t = 0; t < SAMPLE; t++) {
      int j = t * stride;
      float h = c[row + j] - v[j];
      val[t] = h;
      lo = h < lo ? h : lo;
      hi = h > hi ? h : hi;
    }
    int q = (int) Math.max(1, Math.round(2.0 * width * (SAMPLE + 1) / n));
    // Accept any threshold with between q and 3q/2 sampled columns below it.
    float t = bisect(val, SAMPLE, lo, hi, q, q + q / 2);
    return t == t ? t : hi;
  }

  /**
   * A value t in (lo, hi] with between {@code atLeast} and {@code atMost} of val[0..size) below
   * it, where count(val &lt; lo) &lt; atLeast; NaN if bisection cannot find one (ties, or a range
   * too narrow to split further).
   */
  private static float bisect(float[] val, int size, float lo, float hi, int atLeast, int atMost) {
    for (int round = 0; round < 40; round++) {
      float mid = lo + 0.5f * (hi - lo);
      if (!(mid > lo && mid < hi)) {
        break;
      }
      int below = countBelow(val, size, mid);
      if (below > atMost) {
        hi = mid;
      } else if (below < atLeast) {
        lo = mid;
      } else {
        return mid;
      }
    }
    return Float.NaN;
  }

  /** How many of val[0..size) are below t; four independent branch-free counters. */
  private static int countBelow(float[] val, int size, float t) {
    int k0 = 0;
    int k1 = 0;
    int k2 = 0;
    int k3 = 0;
    int i = 0;
    for (; i + 4 <= size; i += 4) {
      k0 += val[i] < t ? 1 : 0;
      k1 += val[i + 1] < t ? 1 : 0;
      k2 += val[i + 2] < t ? 1 : 0;
      k3 += val[i + 3] < t ? 1 : 0;
    }
    for (; i < size; i++) {
      k0 += val[i] < t ? 1 : 0;
    }
    return k0 + k1 + k2 + k3;
  }

  /**
   * Appends every column with reduced cost below {@code top}, cutting the buffer back to the best
   * width whenever fewer than width free slots are left, and a last time at the end. Returns the
   * count kept. The columns go through {@link RowScan#appendBelow} in ranges no longer than the
   * free slots, so a range never overflows the buffer.
   */
  private int gather(float[] c, int row, float[] v, int n, float top) {
    int capacity = value.length;
    int cnt = 0;
    for (int j = 0; j < n; ) {
      int end = Math.min(n, j + capacity - cnt);
      cnt = RowScan.appendBelow(c, row, v, j, end, top, value, column, cnt);
      j = end;
      if (capacity - cnt < width && j < n) {
        top = cut(cnt, top);
        cnt = count;
      }
    }
    if (cnt > width) {
      top = cut(cnt, top);
      cnt = count;
    }
    count = cnt;
    bound = top;
    return cnt;
  }

  /**
   * Cuts value[0..size), all below top, back to between 3/4·width and width entries (in count)
   * and returns the new bound: every entry dropped is ≥ it, every entry kept below it. A
   * bisection on the threshold with branch-free counts, then one compaction pass; exactly
   * width by quickselect when ties defeat the bisection.
   */
  private float cut(int size, float top) {
    float[] val = value;
    float lo = val[0];
    for (int t = 1; t < size; t++) {
      float h = val[t];
      lo = h < lo ? h : lo;
    }
    int atLeast = Math.max(1, width - width / 4);
    float t = bisect(val, size, lo, top, atLeast, width);
    if (t != t) {
      count = width;
      return keepSmallest(size);
    }
    int[] col = column;
    int kept = 0;
    for (int e = 0; e < size; e++) {
      float h = val[e];
      int j = col[e];
      val[kept] = h;
      col[kept] = j;
      kept += h < t ? 1 : 0;
    }
    count = kept;
    return t;
  }

  /**
   * Moves the {@code width} smallest of value[0..size) to the front and returns the largest of
   * them: everything dropped is ≥ it. Quickselect whose partition is branch-free (each element is
   * written to both ends of a scratch range and the matching end advances), because the data
   * are random and a branchy partition mispredicts on half the elements.
   */
  private float keepSmallest(int size) {
    float[] val = value;
    int[] col = column;
    float[] sv = scratchValue;
    int[] sc = scratchColumn;
    int start = 0;
    int end = size;
    int need = width; // still to be taken from [start, end); [0, start) is already taken
    while (end - start > need) {
      int mid = (start + end) >>> 1;
      float a = val[start];
      float b = val[mid];
      float c = val[end - 1];
      float pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
      int less = partition(val, col, sv, sc, start, end, pivot, false);
      if (less == 0) {
        // The pivot is the range minimum: split off the elements equal to it instead.
        less = partition(val, col, sv, sc, start, end, pivot, true);
        if (less >= need) {
          end = start + need; // all equal: any of them will do
          break;
        }
      }
      if (less >= need) {
        end = start + less;
      } else {
        start += less;
        need -= less;
      }
    }
    float max = val[0];
    for (int t = 1; t < width; t++) {
      float h = val[t];
      max = h > max ? h : max;
    }
    return max;
  }

  /**
   * Reorders [start, end) so that the elements {@code < pivot} (or {@code <= pivot} when
   * {@code orEqual}) come first; returns how many they are.
   */
  private static int partition(float[] val, int[] col, float[] sv, int[] sc,
      int start, int end, float pivot, boolean orEqual) {
    int lo = start;
    int hi = end - 1;
    for (int t = start; t < end; t++) {
      float x = val[t];
      int j = col[t];
      sv[lo] = x;
      sc[lo] = j;
      sv[hi] = x;
      sc[hi] = j;
      int left = (x < pivot || (orEqual && x == pivot)) ? 1 : 0;
      lo += left;
      hi -= 1 - left;
    }
    System.arraycopy(sv, start, val, start, end - start);
    System.arraycopy(sc, start, col, start, end - start);
    return lo - start;
  }
}
