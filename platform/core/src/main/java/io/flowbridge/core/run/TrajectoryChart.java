package io.flowbridge.core.run;

import io.flowbridge.api.data.Points;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/** Sample paths of a flow in the plane: lines from source points (grey) to generated points (red). */
final class TrajectoryChart {
  private static final Color PATH = new Color(31, 119, 180, 70);

  private TrajectoryChart() {}

  /** The first {@code paths} of {@code n} trajectories; {@code states[k]} holds all points at time k ({@code [n, d]}). */
  static Charts.Rendered render(String title, float[][] states, int n, int d, int paths) {
    int m = Math.min(paths, n);
    DefaultXYDataset lines = new DefaultXYDataset();
    for (int i = 0; i < m; i++) {
      double[][] xy = new double[2][states.length];
      for (int k = 0; k < states.length; k++) {
        xy[0][k] = states[k][i * d];
        xy[1][k] = d > 1 ? states[k][i * d + 1] : 0;
      }
      lines.addSeries("path " + i, xy);
    }
    Points start = head(states[0], m, d);
    Points end = head(states[states.length - 1], m, d);
    DefaultXYDataset ends = new DefaultXYDataset();
    ends.addSeries("source", column(start));
    ends.addSeries("generated", column(end));

    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setDefaultPaint(PATH);
    lineRenderer.setAutoPopulateSeriesPaint(false);
    lineRenderer.setDefaultStroke(new BasicStroke(1f));
    lineRenderer.setAutoPopulateSeriesStroke(false);
    lineRenderer.setDefaultSeriesVisibleInLegend(false);
    XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
    dotRenderer.setSeriesPaint(0, Charts.TARGET);
    dotRenderer.setSeriesPaint(1, Charts.GENERATED);
    for (int s = 0; s < 2; s++) dotRenderer.setSeriesShape(s, new Ellipse2D.Double(-2.5, -2.5, 5, 5));

    NumberAxis x = new NumberAxis("x0");
    NumberAxis y = new NumberAxis("x1");
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setDataset(0, lines);
    plot.setRenderer(0, lineRenderer);
    plot.setDataset(1, ends);
    plot.setRenderer(1, dotRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    double[] box = bounds(states, m, d);
    Charts.setRanges(x, y, box, Charts.SIZE - 100, Charts.SIZE - 150);
    Rectangle2D area = Charts.render(chart).dataArea();
    Charts.setRanges(x, y, box, area.getWidth(), area.getHeight());
    return Charts.render(chart);
  }

  private static Points head(float[] values, int m, int d) {
    float[] v = new float[m * d];
    System.arraycopy(values, 0, v, 0, v.length);
    return new Points(v, m, d);
  }

  private static double[][] column(Points p) {
    double[][] xy = new double[2][p.count()];
    for (int i = 0; i < p.count(); i++) {
      xy[0][i] = p.get(i, 0);
      xy[1][i] = p.dim() > 1 ? p.get(i, 1) : 0;
    }
    return xy;
  }

  private static double[] bounds(float[][] states, int m, int d) {
    double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (float[] s : states) {
      for (int i = 0; i < m; i++) {
        double px = s[i * d];
        double py = d > 1 ? s[i * d + 1] : 0;
        if (Double.isFinite(px) && Double.isFinite(py)) {
          box[0] = Math.min(box[0], px);
          box[1] = Math.max(box[1], px);
          box[2] = Math.min(box[2], py);
          box[3] = Math.max(box[3], py);
        }
      }
    }
    return box[0] > box[1] ? new double[] {-1, 1, -1, 1} : box;
  }
}
