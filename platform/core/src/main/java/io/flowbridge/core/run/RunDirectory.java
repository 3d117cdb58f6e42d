package io.flowbridge.core.run;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The directory one {@code flowbridge run} writes: {@code config.json}, {@code metrics.jsonl},
 * {@code samples.csv}, {@code summary.json}, plots and free text.
 *
 * <p>Every file except {@code metrics.jsonl} is written atomically (temporary file, then rename),
 * so an interrupted run never leaves a half-written file; {@code metrics.jsonl} is appended one
 * line per call and flushed, so a crashed run keeps every completed row. JSON follows {@link Json}:
 * non-finite numbers are written as {@code null}.
 */
public final class RunDirectory {
  static {
    // Before any AWT class loads (ImageIO and JFreeChart both pull AWT in).
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  static final String CONFIG = "config.json";
  static final String METRICS = "metrics.jsonl";
  static final String SAMPLES = "samples.csv";
  static final String SUMMARY = "summary.json";

  private final Path dir;

  private RunDirectory(Path dir) {
    this.dir = dir;
  }

  /**
   * Creates {@code dir} and its parents if needed and starts an empty {@code metrics.jsonl}.
   * Other files from an earlier run in the same directory are left until overwritten.
   *
   * @throws FlowbridgeException if {@code dir} is a regular file, cannot be created or is not
   *     writable; the message names the path
   */
  public static RunDirectory create(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new FlowbridgeException("run directory " + abs + " exists and is not a directory");
    }
    try {
      Files.createDirectories(abs);
    } catch (FileAlreadyExistsException e) {
      throw new FlowbridgeException(
          "cannot create run directory " + abs + ": " + e.getFile() + " is a file, not a directory", e);
    } catch (IOException e) {
      throw new FlowbridgeException("cannot create run directory " + abs + ": " + e, e);
    }
    if (!Files.isWritable(abs)) {
      throw new FlowbridgeException("run directory " + abs + " is not writable");
    }
    RunDirectory run = new RunDirectory(abs);
    try {
      Files.write(run.dir.resolve(METRICS), new byte[0]);
    } catch (IOException e) {
      throw new FlowbridgeException("cannot create " + run.dir.resolve(METRICS) + ": " + e, e);
    }
    return run;
  }

  /** An existing run directory, to add files to (metrics.jsonl is left as it is). */
  public static RunDirectory open(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(abs)) {
      throw new FlowbridgeException("run directory " + abs + " does not exist");
    }
    return new RunDirectory(abs);
  }

  /** The directory, absolute. */
  public Path path() {
    return dir;
  }

  /** Writes {@code config.json}: the experiment as run, pretty-printed. */
  public void writeConfig(Map<String, ?> config) {
    writeJson(CONFIG, config);
  }

  /** Writes {@code summary.json}: final metrics and timings, pretty-printed. */
  public void writeSummary(Map<String, ?> summary) {
    writeJson(SUMMARY, summary);
  }

  /** Writes a summary under another name (e.g. {@code eval.json} of a re-evaluation). */
  public void writeSummary(String fileName, Map<String, ?> summary) {
    writeJson(fileName, summary);
  }

  /** Appends {@code row} to {@code metrics.jsonl} as one compact JSON line, flushed to the file. */
  public synchronized void appendMetrics(Map<String, ?> row) {
    String line;
    try {
      line = Json.mapper().writeValueAsString(row);
    } catch (IOException e) {
      throw new FlowbridgeException("cannot encode metrics row " + row + ": " + e.getMessage(), e);
    }
    // Open per call: rows arrive every few hundred steps, and the run holds no handle to close.
    Path file = dir.resolve(METRICS);
    try (Writer out = Files.newBufferedWriter(
        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new FlowbridgeException("cannot append to " + file + ": " + e, e);
    }
  }

  /**
   * Writes {@code samples.csv}: header {@code x0,...,x{d-1}}, then one row per point. Values use
   * {@link Float#toString(float)}, which parses back to the identical float.
   */
  public void writeSamples(Points points) {
    writeSamples(points, null);
  }

  /**
   * Writes {@code samples.csv} as {@link #writeSamples(Points)} does, with a last column
   * {@code label} (the class each point was generated for) when {@code labels} is not null.
   */
  public void writeSamples(Points points, int[] labels) {
    if (labels != null && labels.length != points.count()) {
      throw new IllegalArgumentException(labels.length + " labels for " + points.count() + " points");
    }
    AtomicFiles.write(dir.resolve(SAMPLES), stream -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      for (int k = 0; k < points.dim(); k++) {
        out.write(k == 0 ? "x0" : ",x" + k);
      }
      if (labels != null) out.write(",label");
      out.write('\n');
      float[] values = points.values();
      for (int i = 0; i < points.count(); i++) {
        int row = i * points.dim();
        for (int k = 0; k < points.dim(); k++) {
          if (k > 0) {
            out.write(',');
          }
          out.write(Float.toString(values[row + k]));
        }
        if (labels != null) out.write("," + labels[i]);
        out.write('\n');
      }
      out.flush();
    });
  }

  /**
   * Writes an 800x800 PNG scatter plot: target points in light grey underneath, generated points
   * in red on top, equal units per pixel on both axes, with a legend. For {@code dim > 2} the
   * first two coordinates are plotted and the subtitle says so.
   */
  public void writeScatter(String fileName, String title, Points generated, Points target) {
    writePng(fileName, Charts.scatter(title, generated, target));
  }

  /**
   * Writes the picture of generated samples. For samples of an image {@code shape} ({@code [h, w, c]})
   * a grid of images: with {@code labels} (the classes generated for) one row per class, a target
   * image of the class first; without, a plain grid and a row of target images. For other shapes
   * the scatter plot of {@link #writeScatter}.
   *
   * @param classes the target's number of classes (rows of a labelled grid)
   */
  public void writeSamplesPicture(String fileName, String title, Points generated, int[] labels, int classes,
      int[] shape, Batch target) {
    if (ImageGrid.isImage(shape, generated.dim())) {
      writePng(fileName, ImageGrid.samples(title, generated, labels, classes, shape, target));
    } else {
      writeScatter(fileName, title, generated, target.points());
    }
  }

  /** Writes an 800x800 PNG of the first {@code paths} sample paths ({@code states[k]}: all points at time k). */
  public void writeTrajectories(String fileName, String title, float[][] states, int n, int d, int paths) {
    writePng(fileName, TrajectoryChart.render(title, states, n, d, paths));
  }

  /**
   * Writes the sample paths picture: for an image {@code shape}, each of the first {@code paths}
   * paths as a row of images at times 0 to 1 ({@code labels}, if given, name the rows' classes);
   * otherwise the lines of {@link #writeTrajectories(String, String, float[][], int, int, int)}.
   * {@code states[k]} holds all n points at {@code times[k]}.
   */
  public void writeTrajectories(String fileName, String title, float[] times, float[][] states, int n, int d,
      int paths, int[] shape, int[] labels) {
    if (ImageGrid.isImage(shape, d)) {
      writePng(fileName, ImageGrid.paths(title, times, states, n, labels, shape, paths));
    } else {
      writeTrajectories(fileName, title, states, n, d, paths);
    }
  }

  /** How many sample paths the trajectories picture of samples of this shape shows: 256 lines, or 10 rows of images. */
  public static int trajectoryPaths(int[] shape, int d) {
    return ImageGrid.isImage(shape, d) ? 10 : 256;
  }

  /**
   * Writes an 800x800 PNG line chart of loss against step; the y axis is logarithmic when every
   * finite loss is positive. Non-finite losses are left out and counted in a subtitle.
   */
  public void writeLossCurve(String fileName, long[] steps, double[] losses) {
    writePng(fileName, Charts.lossCurve("training loss", steps, losses));
  }

  /** Writes {@code text} as UTF-8. */
  public void writeText(String fileName, String text) {
    AtomicFiles.write(resolve(fileName), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void writeJson(String fileName, Map<String, ?> value) {
    AtomicFiles.write(resolve(fileName), out -> {
      // The writer must not close the stream: AtomicFiles owns it.
      out.write(Json.pretty().writeValueAsBytes(value));
      out.write('\n');
    });
  }

  private void writePng(String fileName, Charts.Rendered rendered) {
    writePng(fileName, rendered.image());
  }

  private void writePng(String fileName, BufferedImage image) {
    AtomicFiles.write(resolve(fileName), out -> {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer available");
      }
    });
  }

  /** Resolves a plain file name inside the run directory; paths that could escape it are refused. */
  private Path resolve(String fileName) {
    if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
        || fileName.equals(".") || fileName.equals("..")) {
      throw new FlowbridgeException(
          "run file name must be a plain file name inside " + dir + ", got '" + fileName + "'");
    }
    return dir.resolve(fileName);
  }

  @Override
  public String toString() {
    return "RunDirectory[" + dir + "]";
  }
}
