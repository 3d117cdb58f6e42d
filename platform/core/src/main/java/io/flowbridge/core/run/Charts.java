package io.flowbridge.core.run;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Builds and renders the run's charts to images; {@link RunDirectory} writes them as PNG. */
final class Charts {
  static {
    // Must happen before the first AWT class initialises; respect an explicit -D setting.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  static final int SIZE = 800;
  /** Generated samples: a saturated red that stands out against the grey target. */
  static final Color GENERATED = new Color(214, 39, 40);
  /** Target samples: light grey, drawn underneath. */
  static final Color TARGET = new Color(185, 185, 185);
  static final Color LOSS = new Color(31, 119, 180);

  private static final double MARGIN = 0.05;

  /** A rendered chart with what is needed to map data coordinates to pixels. */
  record Rendered(BufferedImage image, JFreeChart chart, ChartRenderingInfo info) {
    XYPlot plot() {
      return chart.getXYPlot();
    }

    Rectangle2D dataArea() {
      return info.getPlotInfo().getDataArea();
    }

    /** The pixel (column, row) at which data point (x, y) is drawn. */
    int[] pixel(double x, double y) {
      XYPlot plot = plot();
      double px = plot.getDomainAxis().valueToJava2D(x, dataArea(), plot.getDomainAxisEdge());
      double py = plot.getRangeAxis().valueToJava2D(y, dataArea(), plot.getRangeAxisEdge());
      return new int[] {(int) Math.floor(px), (int) Math.floor(py)};
    }
  }

  private Charts() {}

  static Rendered scatter(String title, Points generated, Points target) {
    if (generated.dim() != target.dim()) {
      throw new FlowbridgeException(
          "scatter plot: generated points have dimension " + generated.dim()
              + " but target points have dimension " + target.dim());
    }
    int dim = generated.dim();
    DefaultXYDataset targetData = new DefaultXYDataset();
    targetData.addSeries("target (" + target.count() + ")", columns(target));
    DefaultXYDataset generatedData = new DefaultXYDataset();
    generatedData.addSeries("generated (" + generated.count() + ")", columns(generated));

    NumberAxis xAxis = new NumberAxis("x0");
    NumberAxis yAxis = new NumberAxis(dim == 1 ? "" : "x1");
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(xAxis);
    plot.setRangeAxis(yAxis);
    plot.setDataset(0, targetData);
    plot.setRenderer(0, dots(TARGET, 5));
    plot.setDataset(1, generatedData);
    plot.setRenderer(1, dots(GENERATED, 5));
    // FORWARD draws dataset 0 first, so generated points lie on top of the target cloud.
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(225, 225, 225));
    plot.setRangeGridlinePaint(new Color(225, 225, 225));

    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    if (dim > 2) {
      chart.addSubtitle(new TextTitle("first two of " + dim + " coordinates (x0, x1)"));
    } else if (dim == 1) {
      chart.addSubtitle(new TextTitle("1-D points on the horizontal axis"));
    }

    double[] box = bounds(generated, target);
    // Ranges must be set before rendering, and equal scales depend on the data area, which is
    // known only after rendering: render once to measure it, fix the ranges, render again.
    setRanges(xAxis, yAxis, box, SIZE - 100, SIZE - 150);
    Rendered first = render(chart);
    Rectangle2D area = first.dataArea();
    setRanges(xAxis, yAxis, box, area.getWidth(), area.getHeight());
    return render(chart);
  }

  static Rendered lossCurve(String title, long[] steps, double[] losses) {
    if (steps.length != losses.length) {
      throw new FlowbridgeException(
          "loss curve: " + steps.length + " steps but " + losses.length + " losses");
    }
    XYSeries series = new XYSeries("loss", false, true);
    for (int i = 0; i < steps.length; i++) {
      if (Double.isFinite(losses[i])) {
        series.add(steps[i], losses[i], false);
      }
    }
    boolean logScale = series.getItemCount() > 0 && allFinitePositive(losses);
    ValueAxis yAxis;
    if (logScale) {
      LogAxis log = new LogAxis("loss (log scale)");
      log.setSmallestValue(Double.MIN_NORMAL);
      if (series.getMaxY() / series.getMinY() >= 10) {
        // Whole-decade ticks read as 10^-2, 10^-3; fractional exponents (10^-1.3) do not. With
        // less than a decade of data they would leave the axis unlabelled, so keep the default.
        log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        log.setMinorTickCount(9);
        log.setMinorTickMarksVisible(true);
      }
      yAxis = log;
    } else {
      NumberAxis linear = new NumberAxis("loss");
      linear.setAutoRangeIncludesZero(false);
      yAxis = linear;
    }
    NumberAxis xAxis = new NumberAxis("step");
    xAxis.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, LOSS);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), xAxis, yAxis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(225, 225, 225));
    plot.setRangeGridlinePaint(new Color(225, 225, 225));
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    int dropped = steps.length - series.getItemCount();
    if (dropped > 0) {
      chart.addSubtitle(new TextTitle(dropped + " non-finite loss value(s) not shown"));
    }
    return render(chart);
  }

  private static boolean allFinitePositive(double[] losses) {
    for (double loss : losses) {
      if (Double.isFinite(loss) && loss <= 0) {
        return false;
      }
    }
    return true;
  }

  static Rendered render(JFreeChart chart) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    ChartRenderingInfo info = new ChartRenderingInfo();
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      chart.draw(g, new Rectangle2D.Double(0, 0, SIZE, SIZE), info);
    } finally {
      g.dispose();
    }
    return new Rendered(image, chart, info);
  }

  private static XYLineAndShapeRenderer dots(Color color, double diameter) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, color);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter));
    renderer.setDefaultSeriesVisibleInLegend(true);
    return renderer;
  }

  /** Coordinates 0 and 1 as JFreeChart's {x[], y[]}; 1-D points get y = 0. */
  private static double[][] columns(Points points) {
    double[] xs = new double[points.count()];
    double[] ys = new double[points.count()];
    for (int i = 0; i < points.count(); i++) {
      xs[i] = points.get(i, 0);
      ys[i] = points.dim() > 1 ? points.get(i, 1) : 0.0;
    }
    return new double[][] {xs, ys};
  }

  /** {minX, maxX, minY, maxY} over the finite points of both sets; a unit box if there are none. */
  private static double[] bounds(Points a, Points b) {
    double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (Points p : new Points[] {a, b}) {
      for (int i = 0; i < p.count(); i++) {
        double x = p.get(i, 0);
        double y = p.dim() > 1 ? p.get(i, 1) : 0.0;
        if (Double.isFinite(x) && Double.isFinite(y)) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.max(box[1], x);
          box[2] = Math.min(box[2], y);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    if (box[0] > box[1]) {
      return new double[] {-1, 1, -1, 1};
    }
    return box;
  }

  /**
   * Centres both axes on the data and gives them the same units per pixel, large enough for the
   * wider of the two spans plus a margin, so shapes are not stretched.
   */
  static void setRanges(NumberAxis x, NumberAxis y, double[] box, double width, double height) {
    double unitsPerPixel = Math.max((box[1] - box[0]) / width, (box[3] - box[2]) / height);
    if (!(unitsPerPixel > 0)) {
      unitsPerPixel = 2 / Math.min(width, height); // a single distinct point: show a 2x2 box
    }
    unitsPerPixel *= 1 + 2 * MARGIN;
    double cx = (box[0] + box[1]) / 2;
    double cy = (box[2] + box[3]) / 2;
    x.setRange(cx - unitsPerPixel * width / 2, cx + unitsPerPixel * width / 2);
    y.setRange(cy - unitsPerPixel * height / 2, cy + unitsPerPixel * height / 2);
  }
}
