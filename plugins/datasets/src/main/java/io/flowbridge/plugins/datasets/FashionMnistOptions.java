package io.flowbridge.plugins.datasets;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Options of the {@code fashion-mnist} dataset. */
public record FashionMnistOptions(
    @Option(doc = "Directory holding the IDX files (train-images-idx3-ubyte.gz, ...; gzipped or not), "
        + "as installed by Debian's dataset-fashion-mnist.", defaultValue = FashionMnistOptions.DEBIAN_PATH)
    String path,
    @Option(doc = "Which images to draw from: train (60000) or test (the 10000 t10k images).",
        defaultValue = "train", choices = {"train", "test"})
    String split,
    @Option(doc = "Classes to keep (0 T-shirt/top, 1 trouser, 2 pullover, 3 dress, 4 coat, 5 sandal, 6 shirt, "
        + "7 sneaker, 8 bag, 9 ankle boot); empty keeps all ten. Label i is the i-th class listed.",
        defaultValue = "", min = 0, max = 9)
    List<Integer> classes) {

  /** Where {@code apt-get install dataset-fashion-mnist} puts the files. */
  public static final String DEBIAN_PATH = "/usr/share/datasets/fashion-mnist";

  public FashionMnistOptions {
    if (path == null || path.isBlank()) {
      throw new FlowbridgeException("fashion-mnist: option 'path' must name a directory, got '" + path + "'");
    }
    if (!"train".equals(split) && !"test".equals(split)) {
      throw new FlowbridgeException("fashion-mnist: option 'split' = '" + split + "' is not accepted; accepted: train, test");
    }
    Set<Integer> seen = new HashSet<>();
    for (int c : classes) {
      if (c < 0 || c > 9) {
        throw new FlowbridgeException("fashion-mnist: option 'classes' needs classes in [0, 9], got " + classes);
      }
      if (!seen.add(c)) {
        throw new FlowbridgeException("fashion-mnist: option 'classes' lists class " + c + " twice: " + classes);
      }
    }
    classes = List.copyOf(classes);
  }

  /** Default options: every class of the training split from the Debian package's directory. */
  public static FashionMnistOptions defaults() {
    return new FashionMnistOptions(DEBIAN_PATH, "train", List.of());
  }
}
