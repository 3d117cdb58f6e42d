package io.flowbridge.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image-shaped samples drawn as pictures: which cell shows which image, at which grey. */
class ImageGridTest {
  @TempDir Path tmp;

  private static final int[] SHAPE = {6, 4, 1};
  private static final int DIM = 24;
  /** Cells are drawn 12 times larger (90 / 6 = 15, capped at 12). */
  private static final int SCALE = 12;

  /** count images, image i uniformly of value values[i]. */
  private static Points flat(float... values) {
    float[] v = new float[values.length * DIM];
    for (int i = 0; i < values.length; i++) java.util.Arrays.fill(v, i * DIM, (i + 1) * DIM, values[i]);
    return new Points(v, values.length, DIM);
  }

  private static int grey(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y) & 0xFFFFFF;
    assertEquals(rgb & 0xFF, (rgb >> 16) & 0xFF, "not grey at " + x + "," + y);
    return rgb & 0xFF;
  }

  @Test
  void imageShapesAreThreeExtentsMatchingTheDimension() {
    assertTrue(ImageGrid.isImage(new int[] {28, 28, 1}, 784));
    assertTrue(ImageGrid.isImage(new int[] {8, 8, 3}, 192));
    assertFalse(ImageGrid.isImage(new int[] {784}, 784));
    assertFalse(ImageGrid.isImage(new int[] {28, 28}, 784));
    assertFalse(ImageGrid.isImage(new int[] {28, 28, 1}, 783));
    assertFalse(ImageGrid.isImage(new int[] {1, 2, 1}, 2));
    assertFalse(ImageGrid.isImage(null, 2));
  }

  @Test
  void labelledGridHasOneRowPerClassWithATargetExampleFirst() {
    // Three classes; images generated for class k have value k - 1 (black, grey, white), listed
    // out of order; the target examples have the opposite value 1 - k.
    int[] labels = {2, 0, 1, 0, 2, 2, 1};
    float[] values = new float[labels.length];
    for (int i = 0; i < labels.length; i++) values[i] = labels[i] - 1;
    Batch target = new Batch(flat(1, 0, -1, 1), new int[] {0, 1, 2, 0});
    BufferedImage image = ImageGrid.samples("t", flat(values), labels, 3, SHAPE, target);

    int cellW = 4 * SCALE;
    int cellH = 6 * SCALE;
    int exampleX = ImageGrid.PAD + ImageGrid.LABEL_WIDTH;
    int left = exampleX + cellW + ImageGrid.SEPARATOR;
    assertEquals(left + ImageGrid.COLUMNS * (cellW + ImageGrid.GAP) + ImageGrid.PAD, image.getWidth());
    int[] expectedGrey = {0, 128, 255};
    int[] generatedPerClass = {2, 2, 3};
    for (int k = 0; k < 3; k++) {
      int y = ImageGrid.HEADER + k * (cellH + ImageGrid.GAP) + cellH / 2;
      assertEquals(expectedGrey[2 - k], grey(image, exampleX + cellW / 2, y), "example of class " + k);
      for (int q = 0; q < ImageGrid.COLUMNS; q++) {
        int x = left + q * (cellW + ImageGrid.GAP) + cellW / 2;
        // Beyond the images generated for the class, the cell is left white.
        int expected = q < generatedPerClass[k] ? expectedGrey[k] : 255;
        assertEquals(expected, grey(image, x, y), "class " + k + ", column " + q);
      }
    }
  }

  @Test
  void unlabelledGridFillsRowsThenShowsTargetImagesBelowARule() {
    float[] values = new float[25];
    for (int i = 0; i < 25; i++) values[i] = i % 2 == 0 ? -1 : 1;
    BufferedImage image = ImageGrid.samples("t", flat(values), null, 0, SHAPE, new Batch(flat(-1, 1, 0), null));
    int cellW = 4 * SCALE;
    int cellH = 6 * SCALE;
    int left = ImageGrid.PAD + ImageGrid.LABEL_WIDTH;
    // 25 generated images: rows of 10, 10 and 5, then the target row.
    assertEquals(ImageGrid.HEADER + 4 * (cellH + ImageGrid.GAP) + ImageGrid.SEPARATOR + ImageGrid.PAD, image.getHeight());
    for (int i = 0; i < 25; i++) {
      int x = left + (i % 10) * (cellW + ImageGrid.GAP) + cellW / 2;
      int y = ImageGrid.HEADER + (i / 10) * (cellH + ImageGrid.GAP) + cellH / 2;
      assertEquals(i % 2 == 0 ? 0 : 255, grey(image, x, y), "generated image " + i);
    }
    assertEquals(255, grey(image, left + 7 * (cellW + ImageGrid.GAP) + cellW / 2,
        ImageGrid.HEADER + 2 * (cellH + ImageGrid.GAP) + cellH / 2), "no 26th image");
    int targetY = ImageGrid.HEADER + 3 * (cellH + ImageGrid.GAP) + ImageGrid.SEPARATOR + cellH / 2;
    assertEquals(0, grey(image, left + cellW / 2, targetY));
    assertEquals(255, grey(image, left + (cellW + ImageGrid.GAP) + cellW / 2, targetY));
    assertEquals(128, grey(image, left + 2 * (cellW + ImageGrid.GAP) + cellW / 2, targetY));
  }

  @Test
  void greyLevelsFollowTheTargetRangeAndNonFiniteValuesAreRed() {
    // Target values span [0, 10]: generated 5 is mid-grey, 20 clips to white, NaN is red.
    Batch target = new Batch(flat(0, 10), null);
    BufferedImage image = ImageGrid.samples("t", flat(5, 20, Float.NaN), null, 0, SHAPE, target);
    int cellW = 4 * SCALE;
    int y = ImageGrid.HEADER + 3 * SCALE;
    int left = ImageGrid.PAD + ImageGrid.LABEL_WIDTH;
    assertEquals(128, grey(image, left + cellW / 2, y));
    assertEquals(255, grey(image, left + (cellW + ImageGrid.GAP) + cellW / 2, y));
    assertEquals(0xFF0000, image.getRGB(left + 2 * (cellW + ImageGrid.GAP) + cellW / 2, y) & 0xFFFFFF);
  }

  @Test
  void rgbImagesKeepTheirChannels() {
    int[] shape = {2, 2, 3};
    float[] v = new float[12];
    for (int p = 0; p < 4; p++) v[3 * p] = 1; // pure red, the other channels at the bottom of the range
    Points generated = new Points(v, 1, 12);
    Batch target = new Batch(new Points(new float[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, 1, 12), null);
    BufferedImage image = ImageGrid.samples("t", generated, null, 0, shape, target);
    assertEquals(0xFF0000, image.getRGB(ImageGrid.PAD + ImageGrid.LABEL_WIDTH + 5, ImageGrid.HEADER + 5) & 0xFFFFFF);
  }

  @Test
  void samplePathsShowEachPathAlongTime() {
    // 11 states at t = 0, 0.1, ..., 1; path i has value t everywhere at time t (path 1: -t).
    int n = 2;
    float[] times = new float[11];
    float[][] states = new float[11][];
    for (int k = 0; k < 11; k++) {
      times[k] = k / 10f;
      states[k] = flat(times[k], -times[k]).values();
    }
    BufferedImage image = ImageGrid.paths("t", times, states, n, new int[] {3, 4}, SHAPE, 10);
    int cellW = 4 * SCALE;
    int cellH = 6 * SCALE;
    int top = ImageGrid.HEADER + ImageGrid.TIME_LABELS;
    assertEquals(top + n * (cellH + ImageGrid.GAP) + ImageGrid.PAD, image.getHeight());
    int previous = -1;
    for (int j = 0; j < ImageGrid.TIMES; j++) {
      int x = ImageGrid.PAD + ImageGrid.LABEL_WIDTH + j * (cellW + ImageGrid.GAP) + cellW / 2;
      int g = grey(image, x, top + cellH / 2);
      assertTrue(g >= previous, "path 0 brightens along time: column " + j + " grey " + g + " after " + previous);
      previous = g;
    }
    assertEquals(255, previous, "path 0 ends at the top of the range of the final states");
  }

  @Test
  void nearestStoredTime() {
    float[] times = {0f, 0.3f, 0.5f, 1f};
    assertEquals(0, ImageGrid.nearest(times, 4, 0.1));
    assertEquals(2, ImageGrid.nearest(times, 4, 0.6));
    assertEquals(3, ImageGrid.nearest(times, 4, 1));
    assertEquals(5, ImageGrid.nearest(null, 11, 0.5), "evenly spaced when times are unknown");
  }

  @Test
  void quantileRangeIgnoresOutliersAndNonFiniteValues() {
    float[] v = new float[1000];
    for (int i = 0; i < 1000; i++) v[i] = i / 999f;
    v[0] = -1e6f;
    v[1] = Float.NaN;
    v[999] = Float.POSITIVE_INFINITY;
    double[] r = ImageGrid.quantileRange(v);
    assertTrue(r[0] > 0 && r[0] < 0.01 && r[1] > 0.99 && r[1] <= 1, java.util.Arrays.toString(r));
    assertArrayEquals(new double[] {2, 4}, ImageGrid.quantileRange(new float[] {3, 3}));
    assertArrayEquals(new double[] {-1, 1}, ImageGrid.quantileRange(new float[] {Float.NaN}));
  }

  @Test
  void runDirectoryDrawsImagesForImageShapesAndScattersOtherwise() throws IOException {
    RunDirectory run = RunDirectory.create(tmp);
    Batch target = new Batch(flat(-1, 1), new int[] {0, 1});
    run.writeSamplesPicture("images.png", "t", flat(0, 0.5f), new int[] {1, 0}, 2, SHAPE, target);
    BufferedImage images = ImageIO.read(tmp.resolve("images.png").toFile());
    assertTrue(images.getWidth() > 10 * 4 * SCALE && images.getWidth() != Charts.SIZE, "width " + images.getWidth());
    run.writeSamplesPicture("scatter.png", "t", flat(0, 0.5f), null, 0, new int[] {DIM}, target);
    assertEquals(Charts.SIZE, ImageIO.read(tmp.resolve("scatter.png").toFile()).getWidth());

    float[][] states = {flat(0, 0).values(), flat(1, 1).values()};
    run.writeTrajectories("paths.png", "t", new float[] {0, 1}, states, 2, DIM, 10, SHAPE, null);
    assertTrue(ImageIO.read(tmp.resolve("paths.png").toFile()).getHeight() < Charts.SIZE);
    assertEquals(10, RunDirectory.trajectoryPaths(SHAPE, DIM));
    assertEquals(256, RunDirectory.trajectoryPaths(new int[] {2}, 2));
  }
}
