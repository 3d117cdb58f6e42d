package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.option.Option;
import io.flowbridge.api.option.OptionBinder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The γ(t) choices of {@code si-linear}, {@code si-trig} and {@code mirror}: each has the formula
 * its option documents, the right time margin, and the options are range-checked.
 */
class GammaTest {
  private static final float[] T = grid(21);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"brownian", "a-brownian", "zero", "bsquared", "sine-squared"})
  void gammaHasItsDocumentedFormula(String key) {
    double a = key.equals("a-brownian") ? 2.5 : 1.0;
    DoubleUnaryOperator formula = switch (key) {
      case "brownian" -> t -> Math.sqrt(t * (1 - t));
      case "a-brownian" -> t -> Math.sqrt(a * t * (1 - t));
      case "zero" -> t -> 0;
      case "bsquared" -> t -> t * (1 - t);
      default -> t -> Math.pow(Math.sin(Math.PI * t), 2);
    };
    List<Interpolant> paths = List.of(new SiLinearInterpolant(new SiLinearOptions(a, key)),
        new SiTrigInterpolant(new SiTrigOptions(a, key)));
    for (Interpolant p : paths) {
      float[] gamma = GraphHarness.values(tf -> List.of(p.gamma(tf, GraphHarness.matrix(tf, T, T.length, 1)))).get(0);
      for (int i = 0; i < T.length; i++) {
        assertEquals(formula.applyAsDouble(T[i]), gamma[i], 1e-6, key + " γ(" + T[i] + ") of " + p);
      }
      assertEquals(!key.equals("zero"), p.hasNoise(), key + " hasNoise");
      assertEquals(key.endsWith("brownian") ? 1e-5 : 0.0, p.timeMargin(), key + " timeMargin");
    }
  }

  @Test
  void siLinearWithBSquaredNoiseHasTheClosedFormVelocity() {
    // γ = t(1−t), so u_t = x1 − x0 + (1 − 2t)·z.
    checkVelocity(new SiLinearInterpolant(new SiLinearOptions(1, "bsquared")),
        (t, x0, x1, z) -> x1 - x0 + (1 - 2 * t) * z);
  }

  @Test
  void siTrigWithSineSquaredNoiseHasTheClosedFormVelocity() {
    // u_t = (π/2)(−sin(πt/2)·x0 + cos(πt/2)·x1) + π·sin(2πt)·z.
    checkVelocity(new SiTrigInterpolant(new SiTrigOptions(1, "sine-squared")),
        (t, x0, x1, z) -> Math.PI / 2 * (-Math.sin(Math.PI * t / 2) * x0 + Math.cos(Math.PI * t / 2) * x1)
            + Math.PI * Math.sin(2 * Math.PI * t) * z);
  }

  interface Velocity {
    double at(double t, double x0, double x1, double z);
  }

  private static void checkVelocity(Interpolant p, Velocity expected) {
    float[] t = {0.1f, 0.35f, 0.6f, 0.85f};
    float[] x0 = {1f, -2f, 0.5f, 3f};
    float[] x1 = {-1f, 4f, 2f, 0f};
    float[] z = {0.3f, -0.7f, 1.1f, 0.2f};
    float[] ut = GraphHarness.values(tf -> List.of(InterpolantPath.build(tf, p, GraphHarness.matrix(tf, x0, 4, 1),
        GraphHarness.matrix(tf, x1, 4, 1), GraphHarness.matrix(tf, z, 4, 1), GraphHarness.matrix(tf, t, 4, 1)).ut())).get(0);
    for (int i = 0; i < t.length; i++) {
      double u = expected.at(t[i], x0[i], x1[i], z[i]);
      assertEquals(u, ut[i], 1e-5 * (1 + Math.abs(u)), "u_t at t = " + t[i]);
    }
  }

  @Test
  void optionChoicesListEveryGammaAndMirrorAllButZero() throws Exception {
    assertEquals(Gamma.keys(), choices(SiLinearOptions.class));
    assertEquals(Gamma.keys(), choices(SiTrigOptions.class));
    assertEquals(Gamma.keys().stream().filter(k -> !k.equals("zero")).toList(), choices(MirrorOptions.class));
    for (String key : Gamma.keys()) {
      if (!key.equals("zero")) {
        assertTrue(Gamma.DOC.contains("'" + key + "'"), "the gamma doc explains " + key);
      }
    }
  }

  @Test
  void defaultsAreABrownianWithUnitScale() {
    SiLinearOptions linear = OptionBinder.bind("si-linear", SiLinearOptions.class, Map.of());
    SiTrigOptions trig = OptionBinder.bind("si-trig", SiTrigOptions.class, Map.of());
    MirrorOptions mirror = OptionBinder.bind("mirror", MirrorOptions.class, Map.of());
    assertEquals(new SiLinearOptions(1.0, "a-brownian"), linear);
    assertEquals(new SiTrigOptions(1.0, "a-brownian"), trig);
    assertEquals(new MirrorOptions(1.0, "a-brownian"), mirror);
    assertEquals(1e-5, new SiLinearInterpolant(linear).timeMargin());
    assertEquals(1e-5, new SiTrigInterpolant(trig).timeMargin());
  }

  @ParameterizedTest(name = "{0} a = {1}")
  @CsvSource({"si-linear, 0", "si-linear, -1", "si-trig, 0", "mirror, -0.5"})
  void scaleMustBePositive(String plugin, double a) {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind(plugin, optionsOf(plugin), Map.of("a", a)));
    assertTrue(e.getMessage().contains(plugin) && e.getMessage().contains("'a'"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"si-linear", "si-trig", "mirror"})
  void anUnknownGammaIsRejectedWithASuggestion(String plugin) {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind(plugin, optionsOf(plugin), Map.of("gamma", "brownain")));
    assertTrue(e.getMessage().contains(plugin) && e.getMessage().contains("did you mean 'brownian'"),
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"si-linear", "si-trig", "mirror"})
  void aScaleThatTheGammaIgnoresIsRejected(String plugin) {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind(plugin, optionsOf(plugin), Map.of("a", 2, "gamma", "bsquared")));
    assertTrue(e.getMessage().startsWith(plugin + ": option 'a'") && e.getMessage().contains("a-brownian"),
        e.getMessage());
    // With a-brownian the same scale is accepted.
    OptionBinder.bind(plugin, optionsOf(plugin), Map.of("a", 2, "gamma", "a-brownian"));
  }

  @Test
  void mirrorRejectsZeroNoise() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("mirror", MirrorOptions.class, Map.of("gamma", "zero")));
    assertTrue(e.getMessage().contains("mirror") && e.getMessage().contains("gamma"), e.getMessage());
    assertThrows(FlowbridgeException.class, () -> new MirrorOptions(1, "zero"));
  }

  private static Class<? extends Record> optionsOf(String plugin) {
    return switch (plugin) {
      case "si-linear" -> SiLinearOptions.class;
      case "si-trig" -> SiTrigOptions.class;
      default -> MirrorOptions.class;
    };
  }

  private static List<String> choices(Class<? extends Record> type) throws Exception {
    var component = Arrays.stream(type.getRecordComponents())
        .filter(c -> c.getName().equals("gamma")).findFirst().orElseThrow();
    return List.of(component.getAnnotation(Option.class).choices());
  }

  private static float[] grid(int count) {
    float[] out = new float[count];
    for (int i = 0; i < count; i++) out[i] = (float) i / (count - 1);
    return out;
  }
}
