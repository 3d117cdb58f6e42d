package io.flowbridge.core.run;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.data.Points;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pictures of image-shaped samples (a dataset {@code shape()} of {@code [h, w, c]}), where a
 * scatter of the first two coordinates would say nothing: a grid of generated images, and sample
 * paths as rows of images along time. Values map linearly to grey (c = 1 or any c other than 3:
 * channel 0) or RGB (c = 3) between the 0.5% and 99.5% quantiles of a reference set (the target
 * images when there are any), clipped; non-finite values are drawn red.
 */
final class ImageGrid {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Generated images per row, and rows of an unlabelled grid. */
  static final int COLUMNS = 10;
  /** Rows at most: classes beyond this many are left out (and the subtitle says so). */
  static final int MAX_ROWS = 20;
  /** Snapshots along time per sample path. */
  static final int TIMES = 9;

  static final int PAD = 12;
  static final int GAP = 2;
  static final int SEPARATOR = 14;
  static final int LABEL_WIDTH = 64;
  static final int HEADER = 56;
  /** Height of the time labels above the columns of the sample paths picture. */
  static final int TIME_LABELS = 18;
  private static final Color RULE = new Color(214, 39, 40);

  private ImageGrid() {}

  /** Whether samples of {@code shape} with {@code dim} coordinates are drawn as images: {@code [h, w, c]}, h, w ≥ 2. */
  static boolean isImage(int[] shape, int dim) {
    return shape != null && shape.length == 3 && shape[0] >= 2 && shape[1] >= 2 && shape[2] >= 1
        && (long) shape[0] * shape[1] * shape[2] == dim;
  }

  /**
   * The samples picture. With {@code labels} (a class-conditional run): one row per class k,
   * a target image of class k left of a red rule, then up to {@link #COLUMNS} images generated for
   * class k. Without: up to {@link #COLUMNS}² generated images, then a row of target images.
   */
  static BufferedImage samples(String title, Points generated, int[] labels, int classes, int[] shape, Batch target) {
    float[] reference = target != null && target.points().count() > 0 ? target.points().values() : generated.values();
    Layout l = new Layout(shape, quantileRange(reference));
    List<Row> rows = new ArrayList<>();
    String subtitle;
    boolean labelled = labels != null && classes > 0;
    if (labelled) {
      int shown = Math.min(classes, MAX_ROWS);
      for (int k = 0; k < shown; k++) {
        int[] mine = new int[COLUMNS];
        int m = 0;
        for (int i = 0; i < labels.length && m < COLUMNS; i++) if (labels[i] == k) mine[m++] = i;
        int example = -1;
        if (target != null && target.labels() != null) {
          for (int j = 0; j < target.labels().length && example < 0; j++) if (target.labels()[j] == k) example = j;
        }
        rows.add(new Row("class " + k, target == null ? null : target.points(), example, generated, Arrays.copyOf(mine, m), false));
      }
      subtitle = "row k: a target image of class k, then images generated for class k"
          + (shown < classes ? " (first " + shown + " of " + classes + " classes)" : "");
    } else {
      int m = Math.min(generated.count(), COLUMNS * COLUMNS);
      for (int r = 0; r * COLUMNS < m; r++) {
        int[] idx = new int[Math.min(COLUMNS, m - r * COLUMNS)];
        for (int q = 0; q < idx.length; q++) idx[q] = r * COLUMNS + q;
        rows.add(new Row(r == 0 ? "generated" : "", null, -1, generated, idx, false));
      }
      if (target != null && target.points().count() > 0) {
        int[] idx = new int[Math.min(COLUMNS, target.points().count())];
        for (int q = 0; q < idx.length; q++) idx[q] = q;
        rows.add(new Row("target", null, -1, target.points(), idx, true));
      }
      subtitle = m + " generated images" + (target != null ? "; last row, below the rule: target images" : "");
    }

    boolean exampleColumn = labelled;
    int left = PAD + LABEL_WIDTH + (exampleColumn ? l.cellWidth + SEPARATOR : 0);
    int width = left + COLUMNS * (l.cellWidth + GAP) + PAD;
    int height = HEADER + rows.size() * (l.cellHeight + GAP) + SEPARATOR + PAD;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image, title, subtitle);
    try {
      int y = HEADER;
      for (Row row : rows) {
        if (row.belowRule) {
          g.setColor(RULE);
          g.fillRect(PAD, y + SEPARATOR / 2 - 1, width - 2 * PAD, 2);
          y += SEPARATOR;
        }
        label(g, row.label, y, l.cellHeight);
        if (exampleColumn && row.example >= 0) {
          l.draw(image, row.examples.values(), row.example, PAD + LABEL_WIDTH, y);
        }
        for (int q = 0; q < row.indices.length; q++) {
          l.draw(image, row.points.values(), row.indices[q], left + q * (l.cellWidth + GAP), y);
        }
        y += l.cellHeight + GAP;
      }
      if (exampleColumn) {
        g.setColor(RULE);
        g.fillRect(left - SEPARATOR / 2 - 1, HEADER, 2, rows.size() * (l.cellHeight + GAP));
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Sample paths as images: row i shows path i at {@link #TIMES} times from 0 to 1 (the stored
   * state nearest to each), for the first {@code paths} of {@code n} paths. {@code states[k]} holds
   * all points at {@code times[k]}; {@code labels}, if given, name each row's class.
   */
  static BufferedImage paths(String title, float[] times, float[][] states, int n, int[] labels, int[] shape,
      int paths) {
    int dim = shape[0] * shape[1] * shape[2];
    int m = Math.min(paths, n);
    float[] last = Arrays.copyOf(states[states.length - 1], m * dim);
    Layout l = new Layout(shape, quantileRange(last));
    int[] column = new int[TIMES];
    for (int j = 0; j < TIMES; j++) column[j] = nearest(times, states.length, (double) j / (TIMES - 1));

    int left = PAD + LABEL_WIDTH;
    int width = left + TIMES * (l.cellWidth + GAP) + PAD;
    int top = HEADER + TIME_LABELS;
    int height = top + m * (l.cellHeight + GAP) + PAD;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image, title, m + " sample paths, source (left) to generated (right)");
    try {
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      FontMetrics fm = g.getFontMetrics();
      for (int j = 0; j < TIMES; j++) {
        float t = times != null && times.length == states.length ? times[column[j]] : (float) j / (TIMES - 1);
        String s = String.format("t = %.2f", t);
        g.drawString(s, left + j * (l.cellWidth + GAP) + (l.cellWidth - fm.stringWidth(s)) / 2, top - 5);
      }
      for (int i = 0; i < m; i++) {
        int y = top + i * (l.cellHeight + GAP);
        label(g, labels == null ? "" : "class " + labels[i], y, l.cellHeight);
        for (int j = 0; j < TIMES; j++) l.draw(image, states[column[j]], i, left + j * (l.cellWidth + GAP), y);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The index of the stored state whose time is nearest {@code t} (evenly spaced if times are unknown). */
  static int nearest(float[] times, int count, double t) {
    if (times == null || times.length != count) return (int) Math.round(t * (count - 1));
    int best = 0;
    for (int k = 1; k < count; k++) if (Math.abs(times[k] - t) < Math.abs(times[best] - t)) best = k;
    return best;
  }

  /** {lo, hi}: the 0.5% and 99.5% quantiles of the finite values (of at most 200000 evenly spaced), never equal. */
  static double[] quantileRange(float[] values) {
    int stride = Math.max(1, values.length / 200_000);
    float[] finite = new float[(values.length + stride - 1) / stride];
    int m = 0;
    for (int i = 0; i < values.length; i += stride) if (Float.isFinite(values[i])) finite[m++] = values[i];
    if (m == 0) return new double[] {-1, 1};
    Arrays.sort(finite, 0, m);
    double lo = finite[(int) Math.floor(0.005 * (m - 1))];
    double hi = finite[(int) Math.ceil(0.995 * (m - 1))];
    if (!(hi > lo)) return new double[] {lo - 1, lo + 1};
    return new double[] {lo, hi};
  }

  private static Graphics2D canvas(BufferedImage image, String title, String subtitle) {
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, PAD, PAD + 16);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString(subtitle, PAD, PAD + 36);
    return g;
  }

  private static void label(Graphics2D g, String text, int y, int cellHeight) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString(text, PAD, y + cellHeight / 2 + 5);
  }

  /**
   * One row of the grid: a label, an optional example (row {@code example} of {@code examples}, -1
   * for none), the images {@code indices} of {@code points}, and whether a rule separates it from the rows above.
   */
  private record Row(String label, Points examples, int example, Points points, int[] indices, boolean belowRule) {}

  /** Cell geometry and the value-to-colour map of one picture. */
  private static final class Layout {
    final int h;
    final int w;
    final int c;
    final int scale;
    final int cellWidth;
    final int cellHeight;
    final double lo;
    final double span;

    Layout(int[] shape, double[] range) {
      h = shape[0];
      w = shape[1];
      c = shape[2];
      // About 90 pixels a cell: 28x28 images are drawn 3x, 8x8 ones 11x, 96x96 ones 1x.
      scale = Math.max(1, Math.min(12, 90 / Math.max(h, w)));
      cellWidth = w * scale;
      cellHeight = h * scale;
      lo = range[0];
      span = range[1] - range[0];
    }

    /** Draws image {@code row} of the row-major {@code [count, h·w·c]} array at (x, y). */
    void draw(BufferedImage image, float[] values, int row, int x, int y) {
      int base = row * h * w * c;
      for (int py = 0; py < h; py++) {
        for (int px = 0; px < w; px++) {
          int at = base + (py * w + px) * c;
          int rgb = c == 3 ? (level(values[at]) << 16) | (level(values[at + 1]) << 8) | level(values[at + 2])
              : grey(values[at]);
          for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) image.setRGB(x + px * scale + dx, y + py * scale + dy, rgb);
          }
        }
      }
    }

    private int grey(float v) {
      if (!Float.isFinite(v)) return 0xFF0000;
      int q = level(v);
      return (q << 16) | (q << 8) | q;
    }

    private int level(float v) {
      if (!Float.isFinite(v)) return 255;
      double t = (v - lo) / span;
      return (int) Math.round(255 * Math.max(0, Math.min(1, t)));
    }
  }
}
