package io.flowbridge.ot.transport;

/**
 * The primal network simplex method on the complete bipartite transportation network (n sources,
 * m sinks, one arc per cell of the cost matrix), with a strongly feasible spanning-tree basis.
 *
 * <p>Nodes 0..n−1 are the sources (rows), n..n+m−1 the sinks (columns). The basis is a spanning
 * tree rooted at source 0, stored with parent pointers, depths and doubly linked child lists;
 * {@code flow[x]} is the flow on the arc between x and its parent. Potentials u (rows) and v
 * (columns) satisfy u_i + v_j = C_ij on tree arcs; a cell with reduced cost C_ij − u_i − v_j &lt; 0
 * enters (block search pricing: the most negative cell of the first block of ≈√(nm) cells that has
 * one), the cycle it closes carries θ more flow, and the leaving arc is chosen by Cunningham's rule
 * (the last blocking arc met when the cycle is traversed from its apex in the direction of the
 * entering arc), which keeps every zero-flow arc pointing to the root. Such strongly feasible trees
 * cannot cycle under degeneracy, which the uniform-weight problems of minibatch OT have in
 * abundance (Ahuja, Magnanti &amp; Orlin, "Network Flows", 1993, §11.5–11.6; Cunningham, "A network
 * simplex method", Math. Programming 11, 1976).
 *
 * <p>The initial basis is the north-west corner rule's staircase tree; when a row and a column run
 * out together the zero-flow cell is taken below (next row, same column), which is exactly the
 * orientation toward the root that strong feasibility asks for.
 */
final class NetworkSimplex {
  private final int n;
  private final int m;
  private final double[] cost;
  private final double[] u;
  private final double[] v;
  private final int[] parent;
  private final int[] depth;
  private final int[] firstChild;
  private final int[] nextSibling;
  private final int[] prevSibling;
  private final double[] flow;
  private final int[] stack;
  private final double tolerance;
  private final int blockSize;
  private int nextCell;
  private long pivots;

  /**
   * @param cost row-major n×m costs, finite
   * @param a supplies, all &gt; 0
   * @param b demands, all &gt; 0, with Σb = Σa up to rounding
   */
  NetworkSimplex(double[] cost, double[] a, double[] b, int n, int m) {
    this.n = n;
    this.m = m;
    this.cost = cost;
    int nodes = n + m;
    u = new double[n];
    v = new double[m];
    parent = new int[nodes];
    depth = new int[nodes];
    firstChild = new int[nodes];
    nextSibling = new int[nodes];
    prevSibling = new int[nodes];
    flow = new double[nodes];
    stack = new int[nodes];
    double scale = 0;
    for (double c : cost) {
      scale = Math.max(scale, Math.abs(c));
    }
    // A cell only enters if its reduced cost beats the rounding noise of potentials of the size of
    // the largest cost. Cost differences below ~1e-14·max|C| are beyond double resolution anyway;
    // a basic cell that drifts below the threshold re-enters harmlessly (a degenerate pivot on a
    // one-arc cycle that resets its potentials).
    tolerance = 1e-14 * Math.max(scale, Double.MIN_NORMAL);
    blockSize = (int) Math.max(16, Math.ceil(Math.sqrt((double) n * m)));
    northWestCorner(a, b);
  }

  long pivots() {
    return pivots;
  }

  /** Flow on the arc between non-root node x and its parent. */
  double flow(int x) {
    return flow[x];
  }

  int parent(int x) {
    return parent[x];
  }

  /** Row potential u_i (the dual variable of source i). */
  double rowPotential(int i) {
    return u[i];
  }

  /** Column potential v_j (the dual variable of sink j). */
  double columnPotential(int j) {
    return v[j];
  }

  /**
   * Pivots until no cell has a reduced cost below −tolerance.
   *
   * @throws IllegalStateException after {@code maxPivots} pivots (never observed; a guard against
   *     rounding-induced stalling)
   */
  void run(long maxPivots) {
    while (true) {
      int cell = price();
      if (cell < 0) {
        return;
      }
      if (pivots >= maxPivots) {
        throw new IllegalStateException("exact transport: no optimal basis after " + pivots
            + " network simplex pivots (n = " + n + ", m = " + m + ")");
      }
      int i = cell / m;
      int j = cell - i * m;
      pivot(i, j, cost[cell] - u[i] - v[j]);
      pivots++;
    }
  }

  private void northWestCorner(double[] a, double[] b) {
    for (int x = 0; x < n + m; x++) {
      parent[x] = -1;
      firstChild[x] = -1;
      nextSibling[x] = -1;
      prevSibling[x] = -1;
    }
    int i = 0;
    int j = 0;
    double s = a[0];
    double t = b[0];
    u[0] = 0;
    depth[0] = 0;
    int newNode = n; // column 0 joins first, under row 0
    while (true) {
      // In the last row the cells take what the columns still need, in the last column what the
      // rows still have, so rounding in Σa vs Σb never leaves a spurious zero-flow cell.
      double x = i == n - 1 ? t : (j == m - 1 ? s : Math.min(s, t));
      x = Math.max(x, 0);
      if (newNode >= n) {
        attach(newNode, i, x);
        v[j] = cost[i * m + j] - u[i];
      } else {
        attach(newNode, n + j, x);
        u[i] = cost[i * m + j] - v[j];
      }
      if (i == n - 1 && j == m - 1) {
        return;
      }
      boolean down = j == m - 1 || (i < n - 1 && s <= t);
      if (down) {
        t -= x;
        i++;
        s = a[i];
        newNode = i;
      } else {
        s -= x;
        j++;
        t = b[j];
        newNode = n + j;
      }
    }
  }

  private void attach(int x, int p, double f) {
    addChild(p, x);
    flow[x] = f;
    depth[x] = depth[p] + 1;
  }

  /** Block search: the most negative reduced cost in the first block that has one, or −1. */
  private int price() {
    int total = n * m;
    int e = nextCell;
    int i = e / m;
    int j = e - i * m;
    double best = -tolerance;
    int bestCell = -1;
    int inBlock = 0;
    for (int scanned = 0; scanned < total; scanned++) {
      double r = cost[e] - u[i] - v[j];
      if (r < best) {
        best = r;
        bestCell = e;
      }
      e++;
      if (++j == m) {
        j = 0;
        if (++i == n) {
          i = 0;
          e = 0;
        }
      }
      if (++inBlock == blockSize) {
        if (bestCell >= 0) {
          break;
        }
        inBlock = 0;
      }
    }
    nextCell = e;
    return bestCell;
  }

  /** Brings cell (i, j) with reduced cost r &lt; 0 into the basis. */
  private void pivot(int i, int j, double r) {
    int rowNode = i;
    int colNode = n + j;
    // Walk both endpoints up to the apex. Arcs point row → column; flow sent around the cycle in
    // the direction of the entering arc decreases on the row side where the child is a row, and
    // on the column side where the child is a column.
    double thetaRow = Double.POSITIVE_INFINITY;
    double thetaCol = Double.POSITIVE_INFINITY;
    int leaveRow = -1;
    int leaveCol = -1;
    int x = rowNode;
    int y = colNode;
    while (x != y) {
      if (depth[x] >= depth[y]) {
        // Traversal order runs apex → row node: the last blocking arc is the one nearest the row
        // node, i.e. the first strict minimum on the way up.
        if (x < n && flow[x] < thetaRow) {
          thetaRow = flow[x];
          leaveRow = x;
        }
        x = parent[x];
      } else {
        // Traversal order runs column node → apex: the last blocking arc is the one nearest the
        // apex, so ties move the choice up.
        if (y >= n && flow[y] <= thetaCol) {
          thetaCol = flow[y];
          leaveCol = y;
        }
        y = parent[y];
      }
    }
    int apex = x;
    boolean columnSide = thetaCol <= thetaRow;
    double theta = columnSide ? thetaCol : thetaRow;
    int leaving = columnSide ? leaveCol : leaveRow;
    if (theta > 0) {
      for (x = rowNode; x != apex; x = parent[x]) {
        flow[x] += x < n ? -theta : theta;
      }
      for (y = colNode; y != apex; y = parent[y]) {
        flow[y] += y >= n ? -theta : theta;
      }
    }
    // Cut the leaving arc and re-hang the cut-off subtree from the entering arc: the path from the
    // entering endpoint up to the leaving arc's child reverses its parent pointers.
    int inner = columnSide ? colNode : rowNode;
    int outer = columnSide ? rowNode : colNode;
    removeChild(leaving);
    int newParent = outer;
    double carried = theta;
    x = inner;
    while (true) {
      int up = x == leaving ? -1 : parent[x];
      double f = flow[x];
      if (x != leaving) {
        removeChild(x);
      }
      addChild(newParent, x);
      flow[x] = carried;
      if (x == leaving) {
        break;
      }
      newParent = x;
      carried = f;
      x = up;
    }
    // The re-hung subtree shifts its potentials so the entering cell gets reduced cost 0:
    // u_i + v_j = C_ij needs its rows to move by +r and columns by −r (or the reverse when the
    // subtree holds the column end).
    double rowShift = columnSide ? -r : r;
    int top = 0;
    stack[top++] = inner;
    while (top > 0) {
      int z = stack[--top];
      depth[z] = depth[parent[z]] + 1;
      if (z < n) {
        u[z] += rowShift;
      } else {
        v[z - n] -= rowShift;
      }
      for (int c = firstChild[z]; c >= 0; c = nextSibling[c]) {
        stack[top++] = c;
      }
    }
  }

  private void addChild(int p, int x) {
    parent[x] = p;
    prevSibling[x] = -1;
    int first = firstChild[p];
    nextSibling[x] = first;
    if (first >= 0) {
      prevSibling[first] = x;
    }
    firstChild[p] = x;
  }

  private void removeChild(int x) {
    int p = parent[x];
    int prev = prevSibling[x];
    int next = nextSibling[x];
    if (prev >= 0) {
      nextSibling[prev] = next;
    } else {
      firstChild[p] = next;
    }
    if (next >= 0) {
      prevSibling[next] = prev;
    }
    parent[x] = -1;
    prevSibling[x] = -1;
    nextSibling[x] = -1;
  }
}
