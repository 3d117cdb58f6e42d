package io.flowbridge.plugins.interpolants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.Registration;
import io.flowbridge.api.plugin.Registrations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The plugin's Guice module registers every interpolant, and PF4J's index lists the module. */
class InterpolantsModuleTest {
  private static final Map<String, Class<?>> EXPECTED = Map.ofEntries(
      Map.entry("linear", LinearInterpolant.class),
      Map.entry("rectified", RectifiedInterpolant.class),
      Map.entry("lipman", LipmanInterpolant.class),
      Map.entry("brownian-bridge", BrownianBridgeInterpolant.class),
      Map.entry("vp", VpInterpolant.class),
      Map.entry("trig", VpInterpolant.class),
      Map.entry("si-linear", SiLinearInterpolant.class),
      Map.entry("si-trig", SiTrigInterpolant.class),
      Map.entry("si-encdec", SiEncDecInterpolant.class),
      Map.entry("one-sided-linear", OneSidedLinearInterpolant.class),
      Map.entry("one-sided-trig", OneSidedTrigInterpolant.class),
      Map.entry("mirror", MirrorInterpolant.class));

  @Test
  void registersEveryInterpolantCreatableWithDefaultOptions() {
    Map<String, Registration<?>> byKey = registrations();
    assertEquals(EXPECTED.keySet(), byKey.keySet());
    for (Registration<?> r : byKey.values()) {
      assertEquals(ExtensionKind.INTERPOLANT, r.kind());
      assertFalse(r.description().isBlank(), r.key() + " has a description");
      Object made = r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of()));
      assertInstanceOf(EXPECTED.get(r.key()), made, r.key());
      OptionBinder.describe(r.optionsType())
          .forEach(o -> assertFalse(o.doc().isBlank(), r.key() + " option " + o.name() + " has a doc"));
    }
  }

  @Test
  void optionsReachTheInterpolant() {
    Map<String, Registration<?>> byKey = registrations();
    Registration<?> linear = byKey.get("linear");
    Object made = linear.create(OptionBinder.bind("linear", linear.optionsType(), Map.of("sigma", 0.2)));
    assertTrue(assertInstanceOf(LinearInterpolant.class, made).hasNoise());
    Registration<?> trig = byKey.get("trig");
    assertEquals(byKey.get("vp").optionsType(), trig.optionsType(), "trig is an alias of vp");
    made = trig.create(OptionBinder.bind("trig", trig.optionsType(), Map.of("sigma", 0.2)));
    assertTrue(assertInstanceOf(VpInterpolant.class, made).hasNoise());
    Registration<?> si = byKey.get("si-linear");
    made = si.create(OptionBinder.bind("si-linear", si.optionsType(), Map.of("gamma", "zero")));
    assertFalse(assertInstanceOf(SiLinearInterpolant.class, made).hasNoise());
  }

  @Test
  void gaussianSourcesAreRequiredExactlyByLipmanAndTheOneSidedPaths() {
    Map<String, Registration<?>> byKey = registrations();
    for (Registration<?> r : byKey.values()) {
      Interpolant p = (Interpolant) r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of()));
      boolean expected = r.key().equals("lipman") || r.key().startsWith("one-sided-");
      assertEquals(expected, p.requiresGaussianSource(), r.key());
    }
  }

  private static Map<String, Registration<?>> registrations() {
    Set<Registration<?>> set =
        Guice.createInjector(new InterpolantsModule()).getInstance(Key.get(setOf()));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    set.forEach(r -> byKey.put(r.key(), r));
    assertEquals(set.size(), byKey.size(), "keys are unique");
    return byKey;
  }

  @Test
  void extensionIndexListsTheModule() throws IOException {
    // Test compilation writes its own (empty) index too, so look at every copy on the class path.
    StringBuilder all = new StringBuilder();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = url.openStream()) {
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(all.toString().contains(InterpolantsModule.class.getName()), all.toString());
  }

  @SuppressWarnings("unchecked")
  private static com.google.inject.TypeLiteral<Set<Registration<?>>> setOf() {
    return (com.google.inject.TypeLiteral<Set<Registration<?>>>)
        com.google.inject.TypeLiteral.get(
            com.google.inject.util.Types.setOf(Registrations.TYPE.getType()));
  }
}
