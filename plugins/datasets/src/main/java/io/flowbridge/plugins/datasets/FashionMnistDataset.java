package io.flowbridge.plugins.datasets;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017): 28×28 grey images of ten kinds of clothing, read
 * from the IDX files of Debian's {@code dataset-fashion-mnist}. A sample is an image of the chosen
 * split drawn uniformly with replacement (one {@code nextInt} per image), its pixels p ∈ 0..255
 * mapped to p/127.5 − 1 ∈ [−1, 1] and flattened row-major: shape {@code [28, 28, 1]}, dimension
 * 784. The label is the image's class, or its position in the {@code classes} option.
 *
 * <p>The constructor only checks that the files exist and that their headers agree, so a wrong
 * path fails before any training. The images are read on the first draw and kept, per file, for
 * as long as the plugin is loaded: every instance over the same files shares one copy (47 MB for
 * the training split).
 */
public final class FashionMnistDataset implements Dataset {
  static final String KEY = "fashion-mnist";
  static final int CLASSES = 10;
  private static final String INSTALL = "install the data with `apt-get install dataset-fashion-mnist` (it puts the "
      + "files in " + FashionMnistOptions.DEBIAN_PATH + "), or set option 'path' to a directory holding them";
  /** p ↦ p/127.5 − 1 for every byte value. */
  private static final float[] SCALE = new float[256];
  private static final Map<SplitFiles, Images> CACHE = new ConcurrentHashMap<>();

  static {
    for (int p = 0; p < 256; p++) SCALE[p] = (float) (p / 127.5 - 1.0);
  }

  private final SplitFiles files;
  private final int rows;
  private final int cols;
  private final List<Integer> kept;
  private volatile Pool pool;

  public FashionMnistDataset(FashionMnistOptions options) {
    Path dir = Path.of(options.path()).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new FlowbridgeException(KEY + ": directory " + dir + " does not exist; " + INSTALL);
    }
    String prefix = options.split().equals("train") ? "train" : "t10k";
    this.files = new SplitFiles(find(dir, prefix + "-images-idx3-ubyte"), find(dir, prefix + "-labels-idx1-ubyte"));
    int[] image = Idx.header(files.images, 3).dims();
    int[] label = Idx.header(files.labels, 1).dims();
    if (image[0] != label[0]) {
      throw new FlowbridgeException(KEY + ": " + files.images + " holds " + image[0] + " images but " + files.labels
          + " holds " + label[0] + " labels (the counts at byte 4 of each file); expected one label per image");
    }
    this.rows = image[1];
    this.cols = image[2];
    this.kept = options.classes();
  }

  private static Path find(Path dir, String name) {
    Path gz = dir.resolve(name + ".gz");
    if (Files.isRegularFile(gz)) return gz;
    Path plain = dir.resolve(name);
    if (Files.isRegularFile(plain)) return plain;
    throw new FlowbridgeException(KEY + ": no file " + gz + " (nor " + name + " uncompressed); " + INSTALL);
  }

  @Override
  public int dim() {
    return rows * cols;
  }

  @Override
  public int[] shape() {
    return new int[] {rows, cols, 1};
  }

  @Override
  public int classes() {
    return kept.isEmpty() ? CLASSES : kept.size();
  }

  @Override
  public Batch sample(int n, RandomGenerator random) {
    int dim = dim();
    float[] values = Buffers.values(KEY, n, dim);
    int[] labels = new int[n];
    Pool p = pool();
    for (int i = 0; i < n; i++) {
      int j = random.nextInt(p.index.length);
      labels[i] = p.label[j];
      int from = p.index[j] * dim;
      int to = i * dim;
      for (int k = 0; k < dim; k++) values[to + k] = SCALE[p.pixels[from + k] & 0xFF];
    }
    return new Batch(new Points(values, n, dim), labels);
  }

  /** The images this instance draws from, read (or taken from the cache) on first use. */
  private Pool pool() {
    Pool p = pool;
    if (p == null) {
      synchronized (this) {
        p = pool;
        if (p == null) {
          p = select(CACHE.computeIfAbsent(files, FashionMnistDataset::load));
          pool = p;
        }
      }
    }
    return p;
  }

  /** The rows of the kept classes, each with its label (the class, or its position in {@code kept}). */
  private Pool select(Images all) {
    int[] labelOf = new int[CLASSES];
    for (int c = 0; c < CLASSES; c++) labelOf[c] = kept.isEmpty() ? c : kept.indexOf(c);
    int[] perClass = new int[CLASSES];
    int count = 0;
    for (byte b : all.labels) {
      perClass[b]++;
      if (labelOf[b] >= 0) count++;
    }
    for (int c : kept) {
      if (perClass[c] == 0) {
        throw new FlowbridgeException(KEY + ": option 'classes' = " + kept + " keeps class " + c + ", but "
            + files.labels + " has no image of that class");
      }
    }
    int[] index = new int[count];
    int[] label = new int[count];
    int j = 0;
    for (int r = 0; r < all.labels.length; r++) {
      int l = labelOf[all.labels[r]];
      if (l >= 0) {
        index[j] = r;
        label[j] = l;
        j++;
      }
    }
    return new Pool(all.pixels, index, label);
  }

  private static Images load(SplitFiles files) {
    Idx images = Idx.read(files.images, 3);
    Idx labels = Idx.read(files.labels, 1);
    if (images.dims()[0] != labels.dims()[0]) {
      throw new FlowbridgeException(KEY + ": " + files.images + " holds " + images.dims()[0] + " images but "
          + files.labels + " holds " + labels.dims()[0] + " labels (the counts at byte 4 of each file)");
    }
    byte[] l = labels.data();
    for (int i = 0; i < l.length; i++) {
      if ((l[i] & 0xFF) >= CLASSES) {
        throw new FlowbridgeException(files.labels + ": byte " + (8 + i) + ": label " + (l[i] & 0xFF) + " of image "
            + i + ", expected a class in 0..9");
      }
    }
    return new Images(images.data(), l);
  }

  /** The two files of a split; identifies its cache entry together with their modification times. */
  private record SplitFiles(Path images, Path labels, long imagesModified, long labelsModified) {
    SplitFiles(Path images, Path labels) {
      this(images, labels, modified(images), modified(labels));
    }

    private static long modified(Path file) {
      try {
        return Files.getLastModifiedTime(file).toMillis();
      } catch (IOException e) {
        throw new FlowbridgeException("cannot read the attributes of " + file + ": " + e, e);
      }
    }
  }

  /** Every image of a split (row-major bytes, {@code dim} per image) and its class. */
  private record Images(byte[] pixels, byte[] labels) {}

  /** What one instance draws from: image {@code index[j]} with label {@code label[j]}. */
  private record Pool(byte[] pixels, int[] index, int[] label) {}
}
