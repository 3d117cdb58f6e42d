package io.flowbridge.ot.assignment;

/**
 * Selects, for one row at a time, the {@code width} columns of smallest reduced cost
 * c[row + j] − v[j], and a bound that every column left out is at least as expensive as.
 *
 * <p>Why not a heap: on a random row a bounded heap takes ~k·ln(n/k) insertions whose sift
 * branches are unpredictable. Here each column is appended to a buffer with a branch-free
 * counter increment and the buffer is cut back to the best {@code width} by quickselect only
 * when it fills up, which costs a few dozen mispredictions per row instead of hundreds.
 */
final class CheapestColumns {
  final int width;
  /** Reduced costs of the selected columns, in positions 0 .. count-1 (unordered). */
  final double[] value;
  /** The selected columns, parallel to {@code value}. */
  final int[] column;
  int count;
  private final double[] scratchValue;
  private final int[] scratchColumn;
  /** Every column not selected has reduced cost ≥ bound; +∞ when every column was selected. */
  double bound;

  CheapestColumns(int width) {
    this.width = width;
    // Room for the sample, and for enough appends between cuts to amortise each quickselect.
    int capacity = Math.max(SAMPLE, 4 * width + 16);
    this.value = new double[capacity];
    this.column = new int[capacity];
    this.scratchValue = new double[capacity];
    this.scratchColumn = new int[capacity];
  }

  /** Rows at least this long first estimate a threshold from a sample of their columns. */
  static final int SAMPLED_MIN_N = 256;

  private static final int SAMPLE = 64;

  void select(float[] c, int row, double[] v, int n) {
    double top = Double.POSITIVE_INFINITY;
    if (n >= SAMPLED_MIN_N) {
      top = sampledThreshold(c, row, v, n);
      if (gather(c, row, v, n, top) >= width / 2) {
        return;
      }
      // The sample put the threshold too low (rare): fall back to an unbounded pass.
      top = Double.POSITIVE_INFINITY;
    }
    gather(c, row, v, n, top);
  }

  /**
   * A threshold expected to let about 2·width of the n columns through: the matching order
   * statistic of SAMPLE evenly spaced columns. Saves the quickselect rounds that an unbounded
   * pass spends discovering the threshold.
   */
  private double sampledThreshold(float[] c, int row, double[] v, int n) {
    double[] val = value;
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
  private int gather(float[] c, int row, double[] v, int n, double top) {
    double[] val = value;
    int[] col = column;
    int capacity = val.length;
    int cnt = 0;
    for (int j = 0; j < n; j++) {
      double h = c[row + j] - v[j];
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
  private double orderStatistic(double[] val, int size, int k) {
    int lo = 0;
    int hi = size - 1;
    while (hi > lo) {
      double pivot = val[(lo + hi) >>> 1];
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
          double t = val[i];
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
  private double keepSmallest(int size) {
    double[] val = value;
    int[] col = column;
    double[] sv = scratchValue;
    int[] sc = scratchColumn;
    int start = 0;
    int end = size;
    int need = width; // still to be taken from [start, end); [0, start) is already taken
    while (end - start > need) {
      int mid = (start + end) >>> 1;
      double a = val[start];
      double b = val[mid];
      double c = val[end - 1];
      double pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
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
    double max = val[0];
    for (int t = 1; t < width; t++) {
      double h = val[t];
      max = h > max ? h : max;
    }
    return max;
  }

  /**
   * Reorders [start, end) so that the elements {@code < pivot} (or {@code <= pivot} when
   * {@code orEqual}) come first; returns how many they are.
   */
  private static int partition(double[] val, int[] col, double[] sv, int[] sc,
      int start, int end, double pivot, boolean orEqual) {
    int lo = start;
    int hi = end - 1;
    for (int t = start; t < end; t++) {
      double x = val[t];
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
