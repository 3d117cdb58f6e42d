package io.flowbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.coupling.Pairing;
import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract every {@link Coupling} must satisfy (MATH.md §3) on minibatches of equal size n:
 * the pairing keeps both uniform marginals (each row of each side is used exactly once), it is
 * deterministic given the inputs and the random generator's seed, it leaves its inputs alone,
 * labels travel with the row indices, and it copes with n = 1, duplicate points, all-equal costs,
 * coordinates spanning 1e-6 .. 1e6 and any dimension. A coupling that samples pairs keeps both
 * uniform marginals on average over seeds; one that reads coordinates rejects NaN and mismatched
 * dimensions with a {@link FlowbridgeException}. Extend it and supply the coupling under test:
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

  /**
   * Whether the pairs keep both uniform marginals: every row is used once (permutations) or, for
   * sampled pairs, equally often on average over seeds. Unbalanced transport, which reweights the
   * marginals on purpose, overrides this to false.
   */
  protected boolean keepsUniformMarginals() {
    return true;
  }

  /**
   * Whether the coupling reads the coordinates (every OT coupling does; {@code independent} does
   * not). Such a coupling must reject NaN/infinite coordinates and source and target batches of
   * different dimensions with a {@link FlowbridgeException}.
   */
  protected boolean readsCoordinates() {
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

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void labelledCallIsDeterministicForASeed(int d) {
    Points source = gaussian(36, d, 51);
    Points target = shiftedGaussian(36, d, 52);
    int[] sourceLabels = labelsOf(source);
    int[] targetLabels = labelsOf(target);
    Pairing a = coupling().pair(source, sourceLabels, target, targetLabels, random(53));
    Pairing b = coupling().pair(source, sourceLabels, target, targetLabels, random(53));
    assertArrayEquals(a.source(), b.source(), "labelled call: source indices for the same seed");
    assertArrayEquals(a.target(), b.target(), "labelled call: target indices for the same seed");
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void aSinglePointIsPairedWithTheOnlyTarget(int d) {
    Pairing pairing = coupling().pair(gaussian(1, d, 61), shiftedGaussian(1, d, 62), random(63));
    assertEquals(1, pairing.size(), "n = 1: number of pairs");
    assertEquals(0, pairing.source()[0], "n = 1: source index");
    assertEquals(0, pairing.target()[0], "n = 1: target index");
  }

  /**
   * Coordinates spread over twelve orders of magnitude (|x| from 1e-6 to 1e6, both signs), so the
   * squared distances span about 1e-12 .. 4e12: the pairing must still be valid.
   */
  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 17})
  void hugeCoordinateRangesGiveAValidPairing(int d) {
    int n = 32;
    checkPairing(coupling().pair(wideRange(n, d, 71), wideRange(n, d, 72), random(73)), n,
        "coordinates 1e-6 .. 1e6, d = " + d);
  }

  /**
   * Over many seeds every row of both sides is used equally often (exactly once per pairing for
   * permutations). Counts of sampled pairs are binomial; five standard deviations of slack make a
   * false alarm rarer than one in a million.
   */
  @Test
  void marginalsAreUniformOverManySeeds() {
    if (!keepsUniformMarginals()) {
      return;
    }
    int n = 6;
    int seeds = 300;
    Points source = gaussian(n, 2, 81);
    Points target = shiftedGaussian(n, 2, 82);
    int[] sourceUses = new int[n];
    int[] targetUses = new int[n];
    int pairs = 0;
    for (int seed = 0; seed < seeds; seed++) {
      Pairing pairing = coupling().pair(source, target, random(1000 + seed));
      checkPairing(pairing, n, "seed " + seed);
      for (int k = 0; k < pairing.size(); k++) {
        sourceUses[pairing.source()[k]]++;
        targetUses[pairing.target()[k]]++;
      }
      pairs += pairing.size();
    }
    double expected = pairs / (double) n;
    double slack = 5 * Math.sqrt(pairs * (1.0 / n) * (1 - 1.0 / n)) + 1;
    for (int i = 0; i < n; i++) {
      assertEquals(expected, sourceUses[i], slack, "source row " + i + " over " + seeds + " seeds");
      assertEquals(expected, targetUses[i], slack, "target row " + i + " over " + seeds + " seeds");
    }
  }

  @Test
  void rejectsNonFiniteCoordinatesNamingTheProblem() {
    if (!readsCoordinates()) {
      return;
    }
    Points source = gaussian(8, 2, 91);
    source.values()[5] = Float.NaN;
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> coupling().pair(source, shiftedGaussian(8, 2, 92), random(93)), "NaN in the source batch");
    assertTrue(e.getMessage().contains("NaN"), "the message names the NaN: " + e.getMessage());
    Points target = shiftedGaussian(8, 2, 94);
    target.values()[0] = Float.POSITIVE_INFINITY;
    FlowbridgeException inf = assertThrows(FlowbridgeException.class,
        () -> coupling().pair(gaussian(8, 2, 95), target, random(96)), "infinity in the target batch");
    assertTrue(inf.getMessage().contains("Infinity"), "the message names the infinity: " + inf.getMessage());
  }

  @Test
  void rejectsMismatchedDimensions() {
    if (!readsCoordinates()) {
      return;
    }
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> coupling().pair(gaussian(8, 2, 97), shiftedGaussian(8, 3, 98), random(99)));
    assertTrue(e.getMessage().contains("dimension"), "the message names the dimensions: " + e.getMessage());
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

  /** n points whose coordinates are ±10^k with k uniform in [−6, 6]. */
  protected static Points wideRange(int n, int d, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[n * d];
    for (int i = 0; i < values.length; i++) {
      double magnitude = Math.pow(10, -6 + 12 * random.nextDouble());
      values[i] = (float) (random.nextBoolean() ? magnitude : -magnitude);
    }
    return new Points(values, n, d);
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
