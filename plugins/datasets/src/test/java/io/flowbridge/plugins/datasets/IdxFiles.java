package io.flowbridge.plugins.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small IDX files written by the tests themselves (the format of {@link Idx}). */
final class IdxFiles {
  /** Where Debian's dataset-fashion-mnist installs the real files. */
  static final Path DEBIAN = Path.of(FashionMnistOptions.DEBIAN_PATH);

  private IdxFiles() {}

  /** The bytes of an IDX file of unsigned bytes: magic 0x0000080r, the extents, the values. */
  static byte[] idx(int[] dims, byte[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + values.length);
    b.putInt(0x0800 | dims.length);
    for (int d : dims) b.putInt(d);
    b.put(values);
    return b.array();
  }

  static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A split of {@code labels.length} images of {@code rows x cols} pixels in {@code dir}, gzipped,
   * named as the Debian package names them ({@code prefix} = train or t10k); image i has every
   * pixel equal to {@code pixel[i]}.
   */
  static void split(Path dir, String prefix, int rows, int cols, byte[] labels, byte[] pixel) {
    int n = labels.length;
    byte[] images = new byte[n * rows * cols];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(images, i * rows * cols, (i + 1) * rows * cols, pixel[i]);
    }
    write(dir.resolve(prefix + "-images-idx3-ubyte.gz"), gzip(idx(new int[] {n, rows, cols}, images)));
    write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), gzip(idx(new int[] {n}, labels)));
  }

  /**
   * A tiny training split, created once per JVM: 30 images of 4 x 3 pixels, three per class,
   * image i labelled i mod 10 with every pixel equal to 8·i.
   */
  static synchronized Path tiny() {
    if (tiny == null) {
      try {
        tiny = Files.createTempDirectory("fashion-mnist-tiny");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      tiny.toFile().deleteOnExit();
      byte[] labels = new byte[30];
      byte[] pixel = new byte[30];
      for (int i = 0; i < 30; i++) {
        labels[i] = (byte) (i % 10);
        pixel[i] = (byte) (8 * i);
      }
      split(tiny, "train", 4, 3, labels, pixel);
      // Registered after the directory: deleteOnExit runs in reverse order, files first.
      for (String kind : new String[] {"images-idx3", "labels-idx1"}) {
        tiny.resolve("train-" + kind + "-ubyte.gz").toFile().deleteOnExit();
      }
    }
    return tiny;
  }

  private static Path tiny;
}
