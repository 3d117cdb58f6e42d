package io.flowbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract every {@link Coupling} must satisfy (MATH.md §3) on minibatches of equal size n:
 * the pairing keeps both uniform marginals (each row of each side is used exactly once), it is
 * deterministic given the inputs and the random generator's seed, it leaves its inputs alone,
 * labels travel with the row indices, and it copes with n = 1, duplicate points and any
 * dimension. Extend it and supply the coupling under test:
 *
 * <pre>{@code
 * class ExactOtContractTest extends CouplingContract {
 *   protected Coupling coupling() { return new ExactOtCoupling(new NoOptions()); }
 * }
 * }</pre>
 */
public abstract class CouplingContract {
  /** The coupling under test; called once per test, may return a fresh instance each time. */
  protected abstract Coupling coupling();

  /**
   * Whether every pairing of equal-size batches is a permutation of both sides. True for exact
   * plans; a coupling that draws pairs i.i.d. from a plan (sinkhorn) overrides this to false,
   * and the checks then only ask for n pairs of valid indices.
   */
  protected boolean pairsArePermutations() {
    return true;
  }

  /** The random generator handed to the coupling, for a given seed. */
  protected RandomGenerator random(long seed) {
    return new SplittableRandom(seed);
  }

  @ParameterizedTest(name = "n = {0}, d = {1}")
  @CsvSource({"1, 1", "1, 2", "2, 2", "5, 1", "33, 2", "64, 2", "40, 17"})
  void pairingUsesEveryRowOfBothSidesOnce(int n, int d) {
    Points source = gaussian(n, d, 10 + n + d);
    Points target = shiftedGaussian(n, d, 20 + n + d);
    Pairing pairing = coupling().pair(source, target, random(7));
    checkPairing(pairing, n, "n = " + n + ", d = " + d);
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void sameSeedGivesSamePairing(int d) {
    Points source = gaussian(48, d, 1);
    Points target = shiftedGaussian(48, d, 2);
    Pairing a = coupling().pair(source, target, random(99));
    Pairing b = coupling().pair(source, target, random(99));
    assertArrayEquals(a.source(), b.source(), "source indices for the same inputs and seed");
    assertArrayEquals(a.target(), b.target(), "target indices for the same inputs and seed");
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void inputsAreLeftUnchanged(int d) {
    Points source = gaussian(32, d, 3);
    Points target = shiftedGaussian(32, d, 4);
    float[] sourceCopy = source.values().clone();
    float[] targetCopy = target.values().clone();
    int[] sourceLabels = labelsOf(source);
    int[] targetLabels = labelsOf(target);
    int[] sourceLabelsCopy = sourceLabels.clone();
    int[] targetLabelsCopy = targetLabels.clone();
    coupling().pair(source, target, random(5));
    coupling().pair(source, sourceLabels, target, targetLabels, random(5));
    assertArrayEquals(sourceCopy, source.values(), "the coupling modified the source points");
    assertArrayEquals(targetCopy, target.values(), "the coupling modified the target points");
    assertArrayEquals(sourceLabelsCopy, sourceLabels, "the coupling modified the source labels");
    assertArrayEquals(targetLabelsCopy, targetLabels, "the coupling modified the target labels");
  }

  /**
   * Labels are a function of the point here (the sign of its first coordinate), so after
   * {@link Batch#select} each selected point must still carry its own label.
   */
  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void labelsTravelWithTheirPoints(int d) {
    int n = 40;
    Batch source = new Batch(gaussian(n, d, 11), null);
    source = new Batch(source.points(), labelsOf(source.points()));
    Batch target = new Batch(shiftedGaussian(n, d, 12), null);
    target = new Batch(target.points(), labelsOf(target.points()));
    Pairing pairing = coupling().pair(source.points(), source.labels(), target.points(), target.labels(), random(13));
    checkPairing(pairing, n, "labelled, d = " + d);
    Batch pairedSource = source.select(pairing.source());
    Batch pairedTarget = target.select(pairing.target());
    for (int k = 0; k < pairing.size(); k++) {
      assertEquals(labelOf(pairedSource.points(), k), pairedSource.labels()[k], "source pair " + k + " lost its label");
      assertEquals(labelOf(pairedTarget.points(), k), pairedTarget.labels()[k], "target pair " + k + " lost its label");
    }
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void unlabelledBatchesThroughTheLabelledCall(int d) {
    Pairing pairing = coupling().pair(gaussian(24, d, 21), null, shiftedGaussian(24, d, 22), null, random(23));
    checkPairing(pairing, 24, "null labels, d = " + d);
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void duplicatePointsArePairedOnce(int d) {
    int n = 30;
    // Every source point appears three times and every target point twice: many tied costs.
    Points base = gaussian(10, d, 31);
    Points source = base.select(repeat(10, 3));
    Points target = shiftedGaussian(15, d, 32).select(repeat(15, 2));
    checkPairing(coupling().pair(source, target, random(33)), n, "duplicate points, d = " + d);
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void identicalPointsArePairedOnce(int d) {
    int n = 16;
    Points source = new Points(new float[n * d], n, d);
    Points target = new Points(new float[n * d], n, d);
    Arrays.fill(target.values(), 1f);
    checkPairing(coupling().pair(source, target, random(41)), n, "all points equal, d = " + d);
  }

  /** Checks a pairing of two batches of n rows: n pairs, indices in range, permutations if required. */
  protected final void checkPairing(Pairing pairing, int n, String what) {
    assertNotNull(pairing, what + ": pair() returned null");
    assertEquals(n, pairing.size(), what + ": number of pairs");
    checkSide(pairing.source(), n, what + ", source side");
    checkSide(pairing.target(), n, what + ", target side");
  }

  private void checkSide(int[] indices, int n, String what) {
    int[] uses = new int[n];
    for (int k = 0; k < indices.length; k++) {
      int i = indices[k];
      if (i < 0 || i >= n) {
        fail(what + ": pair " + k + " refers to row " + i + " of a batch of " + n);
      }
      uses[i]++;
    }
    if (!pairsArePermutations()) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (uses[i] != 1) {
        fail(what + ": row " + i + " is used " + uses[i] + " times; each row must be used once (uniform marginal)");
      }
    }
  }

  /** n points of N(0, I) in d dimensions. */
  protected static Points gaussian(int n, int d, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[n * d];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return new Points(values, n, d);
  }

  /** n points of N(1, 4I): a target distinct from the source so that the pairing matters. */
  protected static Points shiftedGaussian(int n, int d, long seed) {
    Points p = gaussian(n, d, seed);
    float[] v = p.values();
    for (int i = 0; i < v.length; i++) {
      v[i] = 1f + 2f * v[i];
    }
    return p;
  }

  private static int[] labelsOf(Points points) {
    int[] labels = new int[points.count()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = labelOf(points, i);
    }
    return labels;
  }

  private static int labelOf(Points points, int i) {
    return points.get(i, 0) > 0 ? 1 : 0;
  }

  private static int[] repeat(int distinct, int times) {
    int[] idx = new int[distinct * times];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = k % distinct;
    }
    return idx;
  }
}
