package io.flowbridge.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Points;
import io.flowbridge.api.error.FlowbridgeException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
  @TempDir Path tmp;

  /** count points of dimension dim, coordinates 0 and 1 near (cx, cy), the rest arbitrary. */
  private static Points cluster(int count, int dim, double cx, double cy, long seed) {
    Random random = new Random(seed);
    float[] values = new float[count * dim];
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < dim; k++) {
        double centre = k == 0 ? cx : k == 1 ? cy : 0;
        values[i * dim + k] = (float) (centre + 0.3 * random.nextGaussian());
      }
    }
    return new Points(values, count, dim);
  }

  @Test
  void scatterPngShowsGeneratedPointsWhereTheyAre() throws IOException {
    Points generated = cluster(50, 2, 2, 2, 1);
    Points target = cluster(200, 2, -2, -2, 2);
    RunDirectory run = RunDirectory.create(tmp);
    run.writeScatter("scatter.png", "moons", generated, target);

    BufferedImage png = ImageIO.read(tmp.resolve("scatter.png").toFile());
    assertEquals(800, png.getWidth());
    assertEquals(800, png.getHeight());

    // Rendering is deterministic: the same chart tells where data coordinates land in the PNG.
    Charts.Rendered layout = Charts.scatter("moons", generated, target);
    int generatedRgb = Charts.GENERATED.getRGB() & 0xFFFFFF;
    for (int i = 0; i < generated.count(); i++) {
      int[] px = layout.pixel(generated.get(i, 0), generated.get(i, 1));
      assertTrue(hasColourNear(png, px[0], px[1], generatedRgb),
          "no generated-colour pixel near generated point " + i + " at " + px[0] + "," + px[1]);
    }
    // Every generated-colour pixel inside the data area lies right of and above the origin.
    Rectangle2D area = layout.dataArea();
    int[] origin = layout.pixel(0, 0);
    int inside = 0;
    for (int y = (int) area.getMinY(); y < area.getMaxY(); y++) {
      for (int x = (int) area.getMinX(); x < area.getMaxX(); x++) {
        if ((png.getRGB(x, y) & 0xFFFFFF) == generatedRgb) {
          inside++;
          assertTrue(x > origin[0] && y < origin[1], "generated colour at " + x + "," + y);
        }
      }
    }
    assertTrue(inside > 50, "generated points drawn: " + inside + " pixels");
  }

  @Test
  void scatterAxesHaveEqualUnitsPerPixel() {
    // A wide, flat cloud would be stretched to fill the square if scales were independent.
    Points generated = cluster(100, 2, 0, 0, 3);
    float[] wide = new float[] {-10, -0.1f, 10, 0.1f};
    Charts.Rendered r = Charts.scatter("t", generated, new Points(wide, 2, 2));
    Rectangle2D area = r.dataArea();
    double xPerPixel = r.plot().getDomainAxis().getRange().getLength() / area.getWidth();
    double yPerPixel = r.plot().getRangeAxis().getRange().getLength() / area.getHeight();
    assertEquals(xPerPixel, yPerPixel, xPerPixel * 1e-6);
    assertTrue(r.plot().getDomainAxis().getRange().contains(-10) && r.plot().getDomainAxis().getRange().contains(10));
  }

  @Test
  void highDimensionalPointsPlotFirstTwoCoordinatesAndSaySo() {
    Charts.Rendered r = Charts.scatter("t", cluster(20, 5, 1, 1, 4), cluster(20, 5, 0, 0, 5));
    TextTitle subtitle = (TextTitle) r.chart().getSubtitle(1); // 0 is the legend
    assertTrue(subtitle.getText().contains("first two of 5"), subtitle.getText());
    assertEquals(800, r.image().getWidth());
  }

  @Test
  void mismatchedDimensionsAreRejected() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> Charts.scatter("t", cluster(3, 2, 0, 0, 1), cluster(3, 3, 0, 0, 1)));
    assertTrue(e.getMessage().contains("2") && e.getMessage().contains("3"), e.getMessage());
  }

  @Test
  void degenerateInputsStillRender() {
    Points empty = new Points(new float[0], 0, 2);
    Points one = new Points(new float[] {1, 1}, 1, 2);
    Points withNan = new Points(new float[] {Float.NaN, 0, 1, Float.POSITIVE_INFINITY, 2, 2}, 3, 2);
    assertEquals(800, Charts.scatter("t", empty, empty).image().getHeight());
    assertEquals(800, Charts.scatter("t", one, one).image().getHeight());
    assertEquals(800, Charts.scatter("t", withNan, one).image().getHeight());
    Points line = new Points(new float[] {1, 2}, 2, 1);
    assertEquals(800, Charts.scatter("t", line, line).image().getHeight());
  }

  @Test
  void lossCurveIsLogScaleOnlyWhenAllLossesArePositive() throws IOException {
    long[] steps = {0, 100, 200, 300};
    Charts.Rendered positive = Charts.lossCurve("t", steps, new double[] {1.0, 0.1, 0.01, Double.NaN});
    assertInstanceOf(LogAxis.class, positive.plot().getRangeAxis());
    Charts.Rendered signed = Charts.lossCurve("t", steps, new double[] {1.0, 0.1, -0.5, 0.2});
    assertInstanceOf(NumberAxis.class, signed.plot().getRangeAxis());
    assertThrows(FlowbridgeException.class, () -> Charts.lossCurve("t", steps, new double[] {1}));

    RunDirectory run = RunDirectory.create(tmp);
    run.writeLossCurve("loss.png", steps, new double[] {1.0, 0.5, 0.25, 0.125});
    BufferedImage png = ImageIO.read(tmp.resolve("loss.png").toFile());
    assertEquals(800, png.getWidth());
    assertEquals(800, png.getHeight());
  }

  private static boolean hasColourNear(BufferedImage image, int cx, int cy, int rgb) {
    for (int y = cy - 1; y <= cy + 1; y++) {
      for (int x = cx - 1; x <= cx + 1; x++) {
        if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()
            && (image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
