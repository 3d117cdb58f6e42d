package io.flowbridge.plugins.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fashion-mnist dataset on small generated splits, and on Debian's files when installed. */
class FashionMnistDatasetTest {
  @TempDir Path dir;

  private static FashionMnistDataset tiny(List<Integer> classes) {
    return new FashionMnistDataset(new FashionMnistOptions(IdxFiles.tiny().toString(), "train", classes));
  }

  @Test
  void defaultsAreTheDebianTrainingSplitWithEveryClass() {
    FashionMnistOptions o = OptionBinder.bind("fashion-mnist", FashionMnistOptions.class, Map.of());
    assertEquals(FashionMnistOptions.defaults(), o);
    assertEquals("/usr/share/datasets/fashion-mnist", o.path());
  }

  @Test
  void shapeAndClassesComeFromTheFiles() {
    FashionMnistDataset d = tiny(List.of());
    assertArrayEquals(new int[] {4, 3, 1}, d.shape());
    assertEquals(12, d.dim());
    assertEquals(10, d.classes());
  }

  @Test
  void pixelsMapToMinusOneToOneAndTheLabelIsTheClass() {
    // Image i: label i mod 10, every pixel 8i; so the label and the pixel identify the image.
    Batch b = tiny(List.of()).sample(500, new SplittableRandom(1));
    for (int j = 0; j < 500; j++) {
      float first = b.points().get(j, 0);
      int image = (int) Math.round((first + 1) * 127.5 / 8);
      assertEquals(image % 10, b.labels()[j], "label of point " + j);
      for (int k = 0; k < 12; k++) assertEquals(8 * image / 127.5f - 1f, b.points().get(j, k), 1e-6f);
    }
  }

  @Test
  void extremePixelsMapToTheIntervalEnds() {
    IdxFiles.split(dir, "train", 2, 2, new byte[] {0, 1}, new byte[] {0, (byte) 255});
    Batch b = new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "train", List.of()))
        .sample(64, new SplittableRandom(2));
    for (int j = 0; j < 64; j++) {
      assertEquals(b.labels()[j] == 0 ? -1f : 1f, b.points().get(j, 3), "point " + j);
    }
  }

  @Test
  void imagesAreDrawnUniformlyWithReplacement() {
    int n = 30_000;
    Batch b = tiny(List.of()).sample(n, new SplittableRandom(3));
    int[] perImage = new int[30];
    for (int j = 0; j < n; j++) perImage[(int) Math.round((b.points().get(j, 0) + 1) * 127.5 / 8)]++;
    for (int i = 0; i < 30; i++) {
      Moments.assertWithin("share of image " + i, 1.0 / 30, (double) perImage[i] / n, Math.sqrt((1.0 / 30) * (29.0 / 30) / n));
    }
  }

  @Test
  void aClassSubsetKeepsOnlyThoseImagesLabelledByPosition() {
    FashionMnistDataset d = tiny(List.of(7, 2));
    assertEquals(2, d.classes());
    Batch b = d.sample(400, new SplittableRandom(4));
    int[] seen = new int[2];
    for (int j = 0; j < 400; j++) {
      int image = (int) Math.round((b.points().get(j, 0) + 1) * 127.5 / 8);
      int cls = image % 10;
      assertEquals(cls == 7 ? 0 : 1, b.labels()[j], "class " + cls + " must be label " + (cls == 7 ? 0 : 1));
      assertTrue(cls == 7 || cls == 2, "class " + cls + " was not kept");
      seen[b.labels()[j]]++;
    }
    assertTrue(seen[0] > 100 && seen[1] > 100, java.util.Arrays.toString(seen));
  }

  @Test
  void testSplitReadsTheT10kFiles() {
    IdxFiles.split(dir, "t10k", 2, 2, new byte[] {3}, new byte[] {9});
    FashionMnistDataset d = new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "test", List.of()));
    assertEquals(3, d.sample(5, new SplittableRandom(5)).labels()[4]);
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "train", List.of())));
    assertTrue(e.getMessage().contains(dir.resolve("train-images-idx3-ubyte.gz").toString()), e.getMessage());
  }

  @Test
  void missingDirectorySaysHowToInstallTheData() {
    Path absent = dir.resolve("nowhere");
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> new FashionMnistDataset(new FashionMnistOptions(absent.toString(), "train", List.of())));
    assertTrue(e.getMessage().contains("directory " + absent + " does not exist"), e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
  }

  @Test
  void missingFileIsNamedWithTheInstallHint() {
    IdxFiles.split(dir, "train", 2, 2, new byte[] {1}, new byte[] {1});
    assertTrue(dir.resolve("train-labels-idx1-ubyte.gz").toFile().delete());
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "train", List.of())));
    assertTrue(e.getMessage().contains("no file " + dir.resolve("train-labels-idx1-ubyte.gz")), e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
  }

  @Test
  void uncompressedFilesAreFoundToo() throws Exception {
    Files.write(dir.resolve("train-images-idx3-ubyte"), IdxFiles.idx(new int[] {1, 2, 2}, new byte[] {0, 0, 0, 0}));
    Files.write(dir.resolve("train-labels-idx1-ubyte"), IdxFiles.idx(new int[] {1}, new byte[] {5}));
    FashionMnistDataset d = new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "train", List.of()));
    assertEquals(5, d.sample(1, new SplittableRandom(6)).labels()[0]);
  }

  @Test
  void imageAndLabelCountsMustAgreeBeforeAnythingIsDrawn() {
    IdxFiles.split(dir, "train", 2, 2, new byte[] {1, 2, 3}, new byte[] {1, 2, 3});
    IdxFiles.write(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.gzip(IdxFiles.idx(new int[] {2}, new byte[] {1, 2})));
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "train", List.of())));
    assertTrue(e.getMessage().contains("holds 3 images but " + dir.resolve("train-labels-idx1-ubyte.gz") + " holds 2 labels"),
        e.getMessage());
    assertTrue(e.getMessage().contains("byte 4"), e.getMessage());
  }

  @Test
  void labelOutsideTheTenClassesIsReportedWithItsByte() {
    IdxFiles.split(dir, "train", 2, 2, new byte[] {1, 12, 3}, new byte[] {1, 2, 3});
    FashionMnistDataset d = new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "train", List.of()));
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> d.sample(1, new SplittableRandom(7)));
    assertTrue(e.getMessage().startsWith(dir.resolve("train-labels-idx1-ubyte.gz") + ": byte 9: label 12 of image 1"),
        e.getMessage());
  }

  @Test
  void truncatedImagesFailOnFirstDrawNamingFileAndByte() {
    byte[] raw = IdxFiles.idx(new int[] {3, 2, 2}, new byte[12]);
    IdxFiles.split(dir, "train", 2, 2, new byte[] {1, 2, 3}, new byte[] {1, 2, 3});
    Path images = IdxFiles.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.gzip(java.util.Arrays.copyOf(raw, 20)));
    FashionMnistDataset d = new FashionMnistDataset(new FashionMnistOptions(dir.toString(), "train", List.of()));
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> d.sample(1, new SplittableRandom(8)));
    assertTrue(e.getMessage().startsWith(images + ": byte 20: truncated"), e.getMessage());
  }

  @Test
  void aKeptClassWithoutImagesIsAnError() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> new FashionMnistDataset(new FashionMnistOptions(
            writeOneClass(), "train", List.of(4, 5))).sample(1, new SplittableRandom(9)));
    assertTrue(e.getMessage().contains("keeps class 5") && e.getMessage().contains("no image of that class"), e.getMessage());
  }

  private String writeOneClass() {
    IdxFiles.split(dir, "train", 2, 2, new byte[] {4, 4}, new byte[] {1, 2});
    return dir.toString();
  }

  @Test
  void badOptionsNameTheOption() {
    for (var bad : List.of(Map.<String, Object>of("split", "validation"), Map.<String, Object>of("classes", "1,10"),
        Map.<String, Object>of("classes", "3,3"), Map.<String, Object>of("path", " "))) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class,
          () -> OptionBinder.bind("fashion-mnist", FashionMnistOptions.class, bad), bad.toString());
      String option = bad.keySet().iterator().next();
      assertTrue(e.getMessage().contains("fashion-mnist") && e.getMessage().contains(option), e.getMessage());
    }
  }

  // ---- Debian's dataset-fashion-mnist, when installed ----

  private static FashionMnistDataset debian(String split) {
    assumeTrue(Files.isDirectory(IdxFiles.DEBIAN), "dataset-fashion-mnist is not installed");
    return new FashionMnistDataset(new FashionMnistOptions(IdxFiles.DEBIAN.toString(), split, List.of()));
  }

  @Test
  void debianTrainingSplitHas60000ImagesSixThousandPerClass() {
    FashionMnistDataset d = debian("train");
    assertArrayEquals(new int[] {28, 28, 1}, d.shape());
    assertEquals(784, d.dim());
    assertEquals(10, d.classes());
    Idx labels = Idx.read(IdxFiles.DEBIAN.resolve("train-labels-idx1-ubyte.gz"), 1);
    assertEquals(60_000, labels.dims()[0]);
    int[] histogram = new int[10];
    for (byte l : labels.data()) histogram[l]++;
    int[] expected = new int[10];
    java.util.Arrays.fill(expected, 6_000);
    assertArrayEquals(expected, histogram);
    assertArrayEquals(new int[] {60_000, 28, 28}, Idx.header(IdxFiles.DEBIAN.resolve("train-images-idx3-ubyte.gz"), 3).dims());
  }

  @Test
  void debianTestSplitHas10000Images() {
    debian("test");
    assertEquals(10_000, Idx.header(IdxFiles.DEBIAN.resolve("t10k-labels-idx1-ubyte.gz"), 1).dims()[0]);
    assertEquals(10_000, Idx.header(IdxFiles.DEBIAN.resolve("t10k-images-idx3-ubyte.gz"), 3).dims()[0]);
  }

  @Test
  void debianPixelsLieInTheIntervalWithAPlausibleMean() {
    Batch b = debian("train").sample(20_000, new SplittableRandom(10));
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    double sum = 0;
    for (float v : b.points().values()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
    }
    double mean = sum / b.points().values().length;
    assertEquals(-1f, min);
    assertEquals(1f, max);
    // Measured on the whole training split: mean pixel 72.94 of 255, i.e. -0.4279 after scaling
    // (the t10k split: 73.15, -0.4263). The standard error of 20000 images is about 0.002.
    assertEquals(-0.428, mean, 0.01, "mean pixel");
    int[] perClass = new int[10];
    for (int l : b.labels()) perClass[l]++;
    for (int c = 0; c < 10; c++) {
      Moments.assertWithin("share of class " + c, 0.1, perClass[c] / 20_000.0, Math.sqrt(0.09 / 20_000));
    }
  }
}
