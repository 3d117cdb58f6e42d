package io.flowbridge.ot.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The selection's contract, which the candidate solver's bounds rely on: at most width distinct
 * columns, each with its true reduced cost, and every column left out at least as expensive as
 * the bound. Covers the sampled path (n ≥ 256), the unbounded path with mid-pass cuts, ties
 * that defeat the threshold bisection, and thresholds chained from row to row.
 */
class CheapestColumnsTest {
  @Test
  void selectionRespectsWidthAndBound() {
    for (int seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      int n = new int[] {5, 40, 129, 255, 256, 300, 1024}[seed % 7];
      int width = new int[] {1, 2, 9, 24, 32}[seed % 5];
      int kind = seed % 4;
      float[] c = new float[n * n];
      for (int i = 0; i < c.length; i++) {
        c[i] = switch (kind) {
          case 0 -> rnd.nextFloat();
          case 1 -> rnd.nextInt(4); // heavy ties
          case 2 -> 7f; // all equal
          default -> (float) Math.exp(8 * rnd.nextGaussian()); // wide dynamic range
        };
      }
      float[] v = new float[n];
      for (int j = 0; j < n; j++) {
        v[j] = kind == 2 ? 0 : (float) rnd.nextGaussian();
      }
      CheapestColumns cheapest = new CheapestColumns(width);
      // Half the runs chain each row's threshold from the row before (rows sorted in space in
      // the solver); here consecutive rows are unrelated, the chain's worst case.
      cheapest.chained = seed % 2 == 1;
      for (int i = 0; i < n; i += 1 + (seed % 3 == 0 ? 0 : n / 16)) {
        int row = i * n;
        // Floors: 0, none (NaN), or near the row's minimum as after an auction.
        float floor = 0f;
        if (seed % 5 == 1) {
          floor = Float.NaN;
        } else if (seed % 5 == 3) {
          floor = Float.POSITIVE_INFINITY;
          for (int j = 0; j < n; j++) {
            floor = Math.min(floor, c[row + j] - v[j]);
          }
          floor += (float) Math.abs(rnd.nextGaussian());
        }
        cheapest.select(c, row, v, n, floor);
        int count = cheapest.count;
        String where = "seed " + seed + " n " + n + " width " + width + " row " + i;
        assertTrue(count >= 0 && count <= Math.min(width, n), where + " count " + count);
        boolean[] chosen = new boolean[n];
        for (int t = 0; t < count; t++) {
          int j = cheapest.column[t];
          assertTrue(!chosen[j], where + " duplicate column " + j);
          chosen[j] = true;
          assertEquals(c[row + j] - v[j], cheapest.value[t], 0f, where);
        }
        if (count == n) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (!chosen[j]) {
            assertTrue(c[row + j] - v[j] >= cheapest.bound, where + " column " + j);
          }
        }
      }
    }
  }
}
