package io.flowbridge.ot.assignment;

/**
 * Indexed binary min-heap of column ids keyed by an external distance array, with decrease-key;
 * the priority queue of the sparse shortest-augmenting-path search.
 */
final class ColumnHeap {
  private final int[] heap;
  private final int[] position; // position[j] = index of j in heap, or -1 when absent
  private int size;

  ColumnHeap(int n) {
    heap = new int[n];
    position = new int[n];
    java.util.Arrays.fill(position, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Inserts j, or moves it up after its key in {@code key} decreased. */
  void push(int j, double[] key) {
    int at = position[j];
    if (at < 0) {
      at = size++;
      heap[at] = j;
      position[j] = at;
    }
    siftUp(at, key);
  }

  /** Removes and returns the column with the smallest key (ties: smaller column id). */
  int pop(double[] key) {
    int top = heap[0];
    position[top] = -1;
    int last = heap[--size];
    if (size > 0) {
      heap[0] = last;
      position[last] = 0;
      siftDown(0, key);
    }
    return top;
  }

  /** Removes j if present. */
  void remove(int j, double[] key) {
    int at = position[j];
    if (at < 0) {
      return;
    }
    position[j] = -1;
    int last = heap[--size];
    if (at < size) {
      heap[at] = last;
      position[last] = at;
      siftDown(at, key);
      siftUp(position[last], key);
    }
  }

  /** Empties the heap in O(size). */
  void clear() {
    for (int t = 0; t < size; t++) {
      position[heap[t]] = -1;
    }
    size = 0;
  }

  private static boolean before(int a, int b, double[] key) {
    double ka = key[a];
    double kb = key[b];
    // Ties by column id make the pop order, and so the matching, independent of insertion order.
    return ka < kb || (ka == kb && a < b);
  }

  private void siftUp(int at, double[] key) {
    int j = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      int p = heap[parent];
      if (!before(j, p, key)) {
        break;
      }
      heap[at] = p;
      position[p] = at;
      at = parent;
    }
    heap[at] = j;
    position[j] = at;
  }

  private void siftDown(int at, double[] key) {
    int j = heap[at];
    int half = size >>> 1;
    while (at < half) {
      int child = 2 * at + 1;
      int c = heap[child];
      int right = child + 1;
      if (right < size && before(heap[right], c, key)) {
        child = right;
        c = heap[child];
      }
      if (!before(c, j, key)) {
        break;
      }
      heap[at] = c;
      position[c] = at;
      at = child;
    }
    heap[at] = j;
    position[j] = at;
  }
}
