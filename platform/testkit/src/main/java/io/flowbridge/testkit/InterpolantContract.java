package io.flowbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.interpolant.TimeDerivative;
import io.flowbridge.testkit.GraphHarness.Fetched;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Contract every {@link Interpolant} must satisfy (MATH.md §1): the boundary conditions
 * α(0)=1, α(1)=0, β(0)=0, β(1)=1 (or those {@link #boundary()} declares); γ ≥ 0 and zero exactly
 * when {@code hasNoise()} is false; closed-form derivatives (if supplied) equal to autodiff;
 * autodiff derivatives equal to finite differences; u_t the time derivative of x_t for batches of
 * several dimensions, including image batches flattened from {@code [batch, h, w, c]} to
 * {@code [batch, h·w·c]} as the core feeds them. Extend it:
 *
 * <pre>{@code
 * class LinearInterpolantContractTest extends InterpolantContract {
 *   protected Interpolant interpolant() { return new LinearInterpolant(new LinearOptions(0.1)); }
 * }
 * }</pre>
 *
 * <p>Computations run in float32 on TensorFlow, so tolerances are those of float32 central
 * differences with step {@link #FD_STEP}; derivatives are checked at least 0.05 (and twice the
 * interpolant's time margin) away from the ends, where paths like √(t(1−t)) are smooth enough.
 */
public abstract class InterpolantContract {
  /** Step h of the central differences (f(t+h) − f(t−h)) / 2h. */
  protected static final float FD_STEP = 1e-3f;

  private static final String[] NAMES = {"alpha", "beta", "gamma"};

  /** The interpolant under test; called once per test. */
  protected abstract Interpolant interpolant();

  /**
   * The values α(0), β(0), α(1), β(1) the path must take at its ends, checked by
   * {@code boundaryConditionsHold} and {@code pathStartsAtTheSourceAndEndsAtTheTarget}. The
   * default, {@link Boundary#SOURCE_TO_TARGET}, is MATH.md §1's (1, 0, 0, 1). Override it only
   * for a path that by design does not run from x0 to x1, and say why in the test: the mirror
   * interpolant x_t = x1 + γ(t)·z has α ≡ 0, β ≡ 1 ({@code new Boundary(0, 1, 0, 1)}); Lipman's
   * path stops at α(1) = σ_min. Every other check of the contract still applies.
   */
  protected Boundary boundary() {
    return Boundary.SOURCE_TO_TARGET;
  }

  /**
   * Expected coefficients at the ends of a path: x_0 = α(0)·x0 + β(0)·x1 + γ(0)·z and
   * x_1 = α(1)·x0 + β(1)·x1 + γ(1)·z.
   */
  public record Boundary(double alphaAt0, double betaAt0, double alphaAt1, double betaAt1) {
    /** α(0)=1, β(0)=0, α(1)=0, β(1)=1: a path from the source sample to the target sample. */
    public static final Boundary SOURCE_TO_TARGET = new Boundary(1, 0, 0, 1);
  }

  @Test
  void boundaryConditionsHold() {
    Interpolant p = interpolant();
    float[] ends = {0f, 1f};
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, ends);
      return List.of(p.alpha(tf, t), p.beta(tf, t));
    });
    Boundary b = boundary();
    assertEquals(b.alphaAt0(), v.get(0).values()[0], 1e-6, "alpha(0)");
    assertEquals(b.alphaAt1(), v.get(0).values()[1], 1e-6, "alpha(1)");
    assertEquals(b.betaAt0(), v.get(1).values()[0], 1e-6, "beta(0)");
    assertEquals(b.betaAt1(), v.get(1).values()[1], 1e-6, "beta(1)");
  }

  @Test
  void coefficientsHaveTheShapeOfTime() {
    Interpolant p = interpolant();
    float[] times = grid(0f, 1f, 7);
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, times);
      return List.of(p.alpha(tf, t), p.beta(tf, t), p.gamma(tf, t));
    });
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(new long[] {times.length, 1}, v.get(c).shape(), NAMES[c] + " shape");
    }
  }

  @Test
  void gammaIsNonNegativeAndZeroExactlyWithoutNoise() {
    Interpolant p = interpolant();
    float[] times = grid(0f, 1f, 101);
    float[] gamma = GraphHarness.run(tf -> List.of(p.gamma(tf, GraphHarness.column(tf, times))))
        .get(0).values();
    boolean nonZero = false;
    for (int i = 0; i < times.length; i++) {
      assertTrue(gamma[i] >= 0f, "gamma(" + times[i] + ") = " + gamma[i] + " < 0");
      nonZero |= gamma[i] != 0f;
    }
    assertEquals(p.hasNoise(), nonZero,
        "hasNoise() = " + p.hasNoise() + " but gamma is " + (nonZero ? "not " : "") + "zero on [0,1]");
  }

  @Test
  void coefficientsAreFiniteInsideTheMargin() {
    Interpolant p = interpolant();
    double m = p.timeMargin();
    float[] times = grid((float) m, (float) (1 - m), 101);
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, times);
      List<Operand<TFloat32>> out = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        out.add(coefficient(p, c).apply(tf, t));
        out.add(autodiff(tf, p, c, t));
      }
      return out;
    });
    for (int k = 0; k < v.size(); k++) {
      String what = (k % 2 == 0 ? "" : "d/dt ") + NAMES[k / 2];
      for (int i = 0; i < times.length; i++) {
        assertTrue(Float.isFinite(v.get(k).values()[i]), what + "(" + times[i] + ") is not finite");
      }
    }
  }

  @Test
  void timeMarginIsBelowOneHalf() {
    double m = interpolant().timeMargin();
    assertTrue(m >= 0 && m < 0.5, "timeMargin() = " + m + " must lie in [0, 0.5)");
  }

  @Test
  void closedFormDerivativesAgreeWithAutodiff() {
    Interpolant p = interpolant();
    double m = p.timeMargin();
    float[] times = grid((float) m, (float) (1 - m), 25);
    List<Integer> supplied = new ArrayList<>();
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, times);
      List<Operand<TFloat32>> out = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        Optional<Operand<TFloat32>> closed = closedForm(tf, p, c, t);
        if (closed.isPresent()) {
          supplied.add(c);
          out.add(closed.get());
          out.add(autodiff(tf, p, c, t));
        }
      }
      return out;
    });
    assumeTrue(!supplied.isEmpty(), "the interpolant supplies no closed-form derivatives");
    for (int k = 0; k < supplied.size(); k++) {
      float[] closed = v.get(2 * k).values();
      float[] auto = v.get(2 * k + 1).values();
      for (int i = 0; i < times.length; i++) {
        assertEquals(auto[i], closed[i], 1e-4 * (1 + Math.abs(auto[i])),
            "closed-form d/dt " + NAMES[supplied.get(k)] + " at t = " + times[i]);
      }
    }
  }

  @Test
  void autodiffDerivativesAgreeWithFiniteDifferences() {
    Interpolant p = interpolant();
    float[] times = interiorGrid(p);
    float[] plus = shifted(times, FD_STEP);
    float[] minus = shifted(times, -FD_STEP);
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, times);
      Operand<TFloat32> tp = GraphHarness.column(tf, plus);
      Operand<TFloat32> tm = GraphHarness.column(tf, minus);
      List<Operand<TFloat32>> out = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        out.add(autodiff(tf, p, c, t));
        out.add(coefficient(p, c).apply(tf, tp));
        out.add(coefficient(p, c).apply(tf, tm));
      }
      return out;
    });
    for (int c = 0; c < 3; c++) {
      float[] auto = v.get(3 * c).values();
      float[] fp = v.get(3 * c + 1).values();
      float[] fm = v.get(3 * c + 2).values();
      for (int i = 0; i < times.length; i++) {
        double fd = ((double) fp[i] - fm[i]) / ((double) plus[i] - minus[i]);
        double tol = 2e-3 * (1 + Math.abs(fd)) + 1e-4 * (Math.abs(fp[i]) + Math.abs(fm[i]));
        assertEquals(fd, auto[i], tol,
            "autodiff d/dt " + NAMES[c] + " vs central difference at t = " + times[i]);
      }
    }
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 5})
  void pathCombinesTheCoefficientsRowByRow(int d) {
    Interpolant p = interpolant();
    double m = p.timeMargin();
    float[] times = grid((float) m, (float) (1 - m), 9);
    int n = times.length;
    Sample s = new Sample(n, d, 11 + d);
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, times);
      InterpolantPath path = build(tf, p, s, t);
      List<Operand<TFloat32>> out = new ArrayList<>(List.of(path.xt(), path.ut()));
      for (int c = 0; c < 3; c++) {
        int coeff = c;
        out.add(coefficient(p, c).apply(tf, t));
        out.add(closedForm(tf, p, c, t).orElseGet(() -> autodiff(tf, p, coeff, t)));
      }
      return out;
    });
    assertArrayEquals(new long[] {n, d}, v.get(0).shape(), "x_t shape");
    assertArrayEquals(new long[] {n, d}, v.get(1).shape(), "u_t shape");
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        int j = i * d + k;
        double xt = v.get(2).values()[i] * s.x0[j] + v.get(4).values()[i] * s.x1[j]
            + v.get(6).values()[i] * s.z[j];
        double ut = v.get(3).values()[i] * s.x0[j] + v.get(5).values()[i] * s.x1[j]
            + v.get(7).values()[i] * s.z[j];
        assertEquals(xt, v.get(0).values()[j], 1e-5 * (1 + Math.abs(xt)), "x_t[" + i + "," + k + "]");
        assertEquals(ut, v.get(1).values()[j], 1e-4 * (1 + Math.abs(ut)), "u_t[" + i + "," + k + "]");
      }
    }
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 5})
  void pathStartsAtTheSourceAndEndsAtTheTarget(int d) {
    Interpolant p = interpolant();
    Sample s = new Sample(2, d, 23 + d);
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, new float[] {0f, 1f});
      return List.of(build(tf, p, s, t).xt(), p.gamma(tf, t));
    });
    float[] xt = v.get(0).values();
    float[] gamma = v.get(1).values();
    Boundary b = boundary();
    for (int k = 0; k < d; k++) {
      double start = b.alphaAt0() * s.x0[k] + b.betaAt0() * s.x1[k] + gamma[0] * s.z[k];
      double end = b.alphaAt1() * s.x0[d + k] + b.betaAt1() * s.x1[d + k] + gamma[1] * s.z[d + k];
      assertEquals(start, xt[k], 1e-5 * (1 + Math.abs(start)),
          "x_0 = alpha(0)·x0 + beta(0)·x1 + gamma(0)·z, coordinate " + k);
      assertEquals(end, xt[d + k], 1e-5 * (1 + Math.abs(end)),
          "x_1 = alpha(1)·x0 + beta(1)·x1 + gamma(1)·z, coordinate " + k);
    }
  }

  /**
   * The core trains on images by flattening a {@code [batch, h, w, c]} batch to
   * {@code [batch, h·w·c]} with t of shape {@code [batch, 1]}: x_t and u_t must come out in that
   * shape, reshape back to the image, and combine each image with its own time only. The
   * expected values use coefficients evaluated on each image's time alone, so a coefficient that
   * mixes rows of t (a batch mean, a wrong reshape) fails here even though it is self-consistent.
   */
  @Test
  void pathWorksOnFlattenedImageBatches() {
    Interpolant p = interpolant();
    int n = 3;
    int h = 4;
    int w = 5;
    int c = 3;
    int d = h * w * c;
    float edge = (float) Math.max(0.1, 2 * p.timeMargin());
    float[] times = {edge, 0.5f, 1 - edge};
    Sample s = new Sample(n, d, 53);
    List<Fetched> v = GraphHarness.run(tf -> {
      Operand<TFloat32> t = GraphHarness.column(tf, times);
      Operand<TFloat32> z = p.hasNoise() ? flatImages(tf, s.z, n, h, w, c) : null;
      InterpolantPath path = InterpolantPath.build(tf, p, flatImages(tf, s.x0, n, h, w, c),
          flatImages(tf, s.x1, n, h, w, c), z, t);
      var imageShape = tf.constant(new int[] {n, h, w, c});
      List<Operand<TFloat32>> out = new ArrayList<>(List.of(path.xt(), path.ut(),
          tf.reshape(path.xt(), imageShape), tf.reshape(path.ut(), imageShape)));
      for (int i = 0; i < n; i++) {
        Operand<TFloat32> alone = GraphHarness.column(tf, new float[] {times[i]});
        for (int k = 0; k < 3; k++) {
          int coeff = k;
          out.add(coefficient(p, k).apply(tf, alone));
          out.add(closedForm(tf, p, k, alone).orElseGet(() -> autodiff(tf, p, coeff, alone)));
        }
      }
      return out;
    });
    assertArrayEquals(new long[] {n, d}, v.get(0).shape(), "x_t shape of a flattened image batch");
    assertArrayEquals(new long[] {n, d}, v.get(1).shape(), "u_t shape of a flattened image batch");
    assertArrayEquals(new long[] {n, h, w, c}, v.get(2).shape(), "x_t reshaped to images");
    assertArrayEquals(new long[] {n, h, w, c}, v.get(3).shape(), "u_t reshaped to images");
    for (int i = 0; i < n; i++) {
      // α, α', β, β', γ, γ' of image i's time evaluated alone.
      double[] own = new double[6];
      for (int q = 0; q < 6; q++) own[q] = v.get(4 + 6 * i + q).values()[0];
      for (int k = 0; k < d; k++) {
        // Row-major: pixel (y, x, channel) of image i sits at i·d + (y·w + x)·c + channel.
        int j = i * d + k;
        double xt = own[0] * s.x0[j] + own[2] * s.x1[j] + own[4] * s.z[j];
        double ut = own[1] * s.x0[j] + own[3] * s.x1[j] + own[5] * s.z[j];
        String where = "image " + i + " (t = " + times[i] + "), pixel " + (k / c) + ", channel " + (k % c);
        assertEquals(xt, v.get(0).values()[j], 1e-5 * (1 + Math.abs(xt)), "x_t of " + where);
        assertEquals(ut, v.get(1).values()[j], 1e-4 * (1 + Math.abs(ut)), "u_t of " + where);
        assertEquals(v.get(0).values()[j], v.get(2).values()[j], 0f, "x_t round trip of " + where);
        assertEquals(v.get(1).values()[j], v.get(3).values()[j], 0f, "u_t round trip of " + where);
      }
    }
  }

  @ParameterizedTest(name = "d = {0}")
  @ValueSource(ints = {1, 2, 5})
  void velocityIsTheTimeDerivativeOfThePath(int d) {
    Interpolant p = interpolant();
    float[] times = interiorGrid(p);
    float[] plus = shifted(times, FD_STEP);
    float[] minus = shifted(times, -FD_STEP);
    int n = times.length;
    Sample s = new Sample(n, d, 37 + d);
    List<Fetched> v = GraphHarness.run(tf -> List.of(
        build(tf, p, s, GraphHarness.column(tf, times)).ut(),
        build(tf, p, s, GraphHarness.column(tf, plus)).xt(),
        build(tf, p, s, GraphHarness.column(tf, minus)).xt()));
    float[] ut = v.get(0).values();
    float[] xp = v.get(1).values();
    float[] xm = v.get(2).values();
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        int j = i * d + k;
        double fd = ((double) xp[j] - xm[j]) / ((double) plus[i] - minus[i]);
        double scale = Math.abs(s.x0[j]) + Math.abs(s.x1[j]) + Math.abs(s.z[j]);
        assertEquals(fd, ut[j], 2e-3 * (1 + Math.abs(fd)) + 2e-4 * scale,
            "u_t vs (x_{t+h} − x_{t−h})/2h at t = " + times[i] + ", coordinate " + k);
      }
    }
  }

  /** α, β or γ by index 0, 1, 2. */
  private static BiFunction<Ops, Operand<TFloat32>, Operand<TFloat32>> coefficient(Interpolant p, int c) {
    return switch (c) {
      case 0 -> p::alpha;
      case 1 -> p::beta;
      default -> p::gamma;
    };
  }

  private static Optional<Operand<TFloat32>> closedForm(Ops tf, Interpolant p, int c, Operand<TFloat32> t) {
    return switch (c) {
      case 0 -> p.alphaDot(tf, t);
      case 1 -> p.betaDot(tf, t);
      default -> p.gammaDot(tf, t);
    };
  }

  private static Operand<TFloat32> autodiff(Ops tf, Interpolant p, int c, Operand<TFloat32> t) {
    return TimeDerivative.of(tf, t, s -> coefficient(p, c).apply(tf, s));
  }

  private static InterpolantPath build(Ops tf, Interpolant p, Sample s, Operand<TFloat32> t) {
    Operand<TFloat32> z = p.hasNoise() ? GraphHarness.matrix(tf, s.z, s.n, s.d) : null;
    return InterpolantPath.build(tf, p, GraphHarness.matrix(tf, s.x0, s.n, s.d),
        GraphHarness.matrix(tf, s.x1, s.n, s.d), z, t);
  }

  /** {@code values} as an image batch {@code [n, h, w, c]} flattened in the graph to {@code [n, h·w·c]}. */
  private static Operand<TFloat32> flatImages(Ops tf, float[] values, int n, int h, int w, int c) {
    Operand<TFloat32> images = tf.constant(Shape.of(n, h, w, c), DataBuffers.of(values, true, false));
    return tf.reshape(images, tf.constant(new int[] {n, -1}));
  }

  /**
   * Times for finite differences: 24 points at least 0.05 and twice the margin from the ends;
   * an even count so that t = ½, where piecewise paths may switch formula, is not among them.
   */
  private static float[] interiorGrid(Interpolant p) {
    float edge = (float) Math.max(0.05, 2 * p.timeMargin());
    return grid(edge, 1 - edge, 24);
  }

  private static float[] grid(float from, float to, int count) {
    float[] out = new float[count];
    for (int i = 0; i < count; i++) {
      out[i] = i == count - 1 ? to : (float) (from + (double) (to - from) * i / (count - 1));
    }
    return out;
  }

  private static float[] shifted(float[] times, float h) {
    float[] out = new float[times.length];
    for (int i = 0; i < times.length; i++) out[i] = times[i] + h;
    return out;
  }

  /** Fixed standard-normal x0, x1, z of shape [n, d] (z is unused when the path has no noise). */
  private static final class Sample {
    final int n;
    final int d;
    final float[] x0;
    final float[] x1;
    final float[] z;

    Sample(int n, int d, long seed) {
      this.n = n;
      this.d = d;
      SplittableRandom random = new SplittableRandom(seed);
      x0 = normal(random, n * d);
      x1 = normal(random, n * d);
      z = normal(random, n * d);
    }

    private static float[] normal(SplittableRandom random, int count) {
      float[] out = new float[count];
      for (int i = 0; i < count; i++) out[i] = (float) random.nextGaussian();
      return out;
    }
  }
}
