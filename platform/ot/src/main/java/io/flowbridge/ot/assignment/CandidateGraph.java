package io.flowbridge.ot.assignment;

import java.util.Arrays;

/**
 * The sparse bipartite graph the candidate solver works on: for each row, a few columns with
 * their costs copied out of the dense matrix (a contiguous block of {@code width} per row, plus
 * an overflow list for edges added when dense verification finds a violated one).
 */
final class CandidateGraph {
  final int n;
  final int width;
  final int[] column; // [n * width], row i's base edges at i*width ..
  final float[] cost;
  final int[] baseDegree; // base edges used per row (< width only when n < width)
  int[][] extraColumn = new int[0][];
  float[][] extraCost = new float[0][];
  int[] extraDegree = new int[0];

  CandidateGraph(int n, int width) {
    this.n = n;
    this.width = width;
    this.column = new int[n * width];
    this.cost = new float[n * width];
    this.baseDegree = new int[n];
  }

  /** Adds edge (i, j) with cost c to row i's overflow list. */
  void addExtra(int i, int j, float c) {
    if (extraDegree.length == 0) {
      extraColumn = new int[n][];
      extraCost = new float[n][];
      extraDegree = new int[n];
    }
    int deg = extraDegree[i];
    if (extraColumn[i] == null) {
      extraColumn[i] = new int[8];
      extraCost[i] = new float[8];
    } else if (deg == extraColumn[i].length) {
      extraColumn[i] = Arrays.copyOf(extraColumn[i], 2 * deg);
      extraCost[i] = Arrays.copyOf(extraCost[i], 2 * deg);
    }
    extraColumn[i][deg] = j;
    extraCost[i][deg] = c;
    extraDegree[i] = deg + 1;
  }

  int extraDegree(int i) {
    return extraDegree.length == 0 ? 0 : extraDegree[i];
  }
}
