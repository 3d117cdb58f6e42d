package io.flowbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.dataset.Dataset;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract every {@link Dataset} must satisfy (MATH.md §7): batches of the declared shape,
 * reproducible from a seed, different for different seeds, finite, labelled exactly when the
 * dataset has classes. Extend it and supply the dataset under test:
 *
 * <pre>{@code
 * class MoonsContractTest extends DatasetContract {
 *   protected Dataset dataset() { return new MoonsDataset(new MoonsOptions(0.1)); }
 * }
 * }</pre>
 */
public abstract class DatasetContract {
  /** The dataset under test; called once per test, may return a fresh instance each time. */
  protected abstract Dataset dataset();

  /** Size of the batches drawn by the checks; override for datasets too expensive to draw 257 of. */
  protected int batchSize() {
    return 257;
  }

  /** The random generator the checks draw from, for a given seed. */
  protected RandomGenerator random(long seed) {
    return new SplittableRandom(seed);
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 2, 31})
  void batchHasShapeCountTimesDim(int n) {
    Dataset dataset = dataset();
    Batch batch = dataset.sample(n, random(1));
    assertNotNull(batch, "sample() returned null");
    assertEquals(n, batch.points().count(), "number of points");
    assertEquals(dataset.dim(), batch.points().dim(), "dimension of the points");
    assertEquals(n * dataset.dim(), batch.points().values().length, "values.length = n·dim");
  }

  @Test
  void dimensionIsPositiveAndMatchesShape() {
    Dataset dataset = dataset();
    assertTrue(dataset.dim() >= 1, "dim() = " + dataset.dim() + " must be at least 1");
    long product = 1;
    for (int s : dataset.shape()) {
      assertTrue(s >= 1, "shape() " + Arrays.toString(dataset.shape()) + " has a non-positive extent");
      product *= s;
    }
    assertEquals(dataset.dim(), product, "product of shape() " + Arrays.toString(dataset.shape()));
  }

  @Test
  void sameSeedGivesSameBatch() {
    Dataset dataset = dataset();
    Batch a = dataset.sample(batchSize(), random(42));
    Batch b = dataset.sample(batchSize(), random(42));
    assertArrayEquals(a.points().values(), b.points().values(), "points drawn from the same seed");
    assertArrayEquals(a.labels(), b.labels(), "labels drawn from the same seed");
  }

  @Test
  void sameSeedGivesSameBatchFromAFreshInstance() {
    Batch a = dataset().sample(batchSize(), random(43));
    Batch b = dataset().sample(batchSize(), random(43));
    assertArrayEquals(a.points().values(), b.points().values(),
        "two instances with the same options must draw the same points from the same seed");
  }

  @Test
  void differentSeedsGiveDifferentBatches() {
    Dataset dataset = dataset();
    Batch a = dataset.sample(batchSize(), random(1));
    Batch b = dataset.sample(batchSize(), random(2));
    assertFalse(Arrays.equals(a.points().values(), b.points().values()),
        "batches drawn from seeds 1 and 2 are identical");
  }

  @Test
  void consecutiveBatchesFromOneGeneratorDiffer() {
    Dataset dataset = dataset();
    RandomGenerator random = random(3);
    Batch a = dataset.sample(batchSize(), random);
    Batch b = dataset.sample(batchSize(), random);
    assertFalse(Arrays.equals(a.points().values(), b.points().values()),
        "two consecutive batches from one generator are identical: the dataset must draw from it");
  }

  @Test
  void labelsAreInRangeExactlyWhenTheDatasetHasClasses() {
    Dataset dataset = dataset();
    int classes = dataset.classes();
    assertTrue(classes >= 0, "classes() = " + classes);
    Batch batch = dataset.sample(batchSize(), random(4));
    if (classes == 0) {
      assertNull(batch.labels(), "an unlabelled dataset (classes() = 0) must return null labels");
      return;
    }
    assertNotNull(batch.labels(), "a dataset with classes() = " + classes + " must return labels");
    for (int i = 0; i < batch.labels().length; i++) {
      int label = batch.labels()[i];
      if (label < 0 || label >= classes) {
        fail("label " + label + " of point " + i + " is outside [0, " + classes + ")");
      }
    }
  }

  @Test
  void valuesAreFinite() {
    float[] values = dataset().sample(batchSize(), random(5)).points().values();
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        fail("value " + i + " is " + values[i]);
      }
    }
  }
}
