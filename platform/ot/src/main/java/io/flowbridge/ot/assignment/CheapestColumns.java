package io.flowbridge.ot.assignment;

/**
 * Selects, for one row at a time, the {@code width} columns of smallest reduced cost
 * c[row + j] − v[j], and a bound that every column left out is at least as expensive as.
 * Works in float (v rounded to float by the caller): the choice of candidates needs no more,
 * and the caller widens the bound by the rounding error before relying on it.
 *
 * <p>Why not a heap: on a random row a bounded heap takes ~k·ln(n/k) insertions whose sift
 * branches are unpredictable. Here each column is appended to a buffer with a branch-free
 * counter increment and the buffer is cut back to the best {@code width} by quickselect only
 * when it fills up, which costs a few dozen mispredictions per row instead of hundreds.
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

  CheapestColumns(int width) {
    this.width = width;
    // Room for the sample, and for enough appends between cuts to amortise each quickselect.
    int capacity = Math.max(SAMPLE, 4 * width + 16);
    this.value = new float[capacity];
    this.column = new int[capacity];
    this.scratchValue = new float[capacity];
    this.scratchColumn = new int[capacity];
  }

  /** Rows at least this long first estimate a threshold from a sample of their columns. */
  static final int SAMPLED_MIN_N = 256;

  private static final int SAMPLE = 64;

  void select(float[] c, int row, float[] v, int n) {
    float top = Float.POSITIVE_INFINITY;
    if (n >= SAMPLED_MIN_N) {
      top = sampledThreshold(c, row, v, n);
      if (gather(c, row, v, n, top) >= width / 2) {
        return;
      }
      // The sample put the threshold too low (rare): fall back to an unbounded pass.
      top = Float.POSITIVE_INFINITY;
    }
    gather(c, row, v, n, top);
  }

  /**
   * A threshold expected to let about 2·width of the n columns through: the matching order
   * statistic of SAMPLE evenly spaced columns. Saves the quickselect rounds that an unbounded
   * pass spends discovering the threshold.
   */
  private float sampledThreshold(float[] c, int row, float[] v, int n) {
    float[] val = value;
    int stride = n / SAMPLE;
    for (int t = 0; t < SAMPLE; t++) {
      int j = t * stride;
      val[t] = c[row + j] - v[j];
    }
    int q = (int) Math.max(1, Math.round(2.0 * width * (SAMPLE + 1) / n));
    return orderStatistic(val, SAMPLE, q - 1);
  }

  /**
   * Appends every column with reduced cost below {@code top}, cutting the buffer back to the best
   * width whenever it fills, and a last time at the end. Returns the count kept.
   */
  private int gather(float[] c, int row, float[] v, int n, float top) {
    float[] val = value;
    int[] col = column;
    int capacity = val.length;
    int cnt = 0;
    for (int j = 0; j < n; j++) {
      float h = c[row + j] - v[j];
      val[cnt] = h;
      col[cnt] = j;
      cnt += h < top ? 1 : 0;
      if (cnt == capacity) {
        top = keepSmallest(cnt);
        cnt = width;
      }
    }
    if (cnt > width) {
      top = keepSmallest(cnt);
      cnt = width;
    }
    count = cnt;
    bound = top;
    return cnt;
  }

  /** The k-th smallest (0-based) of val[0..size), reordering val; a plain quickselect. */
  private float orderStatistic(float[] val, int size, int k) {
    int lo = 0;
    int hi = size - 1;
    while (hi > lo) {
      float pivot = val[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (val[i] < pivot) {
          i++;
        }
        while (val[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float t = val[i];
          val[i] = val[j];
          val[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return val[k];
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
