package io.flowbridge.plugins.interpolants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
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

/** The plugin's Guice module registers both interpolants, and PF4J's index lists the module. */
class InterpolantsModuleTest {
  @Test
  void registersLinearAndRectified() {
    Set<Registration<?>> set =
        Guice.createInjector(new InterpolantsModule()).getInstance(Key.get(setOf()));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    set.forEach(r -> byKey.put(r.key(), r));
    assertEquals(Set.of("linear", "rectified"), byKey.keySet());
    byKey.values().forEach(r -> assertEquals(ExtensionKind.INTERPOLANT, r.kind()));

    Registration<?> linear = byKey.get("linear");
    Object made = linear.create(OptionBinder.bind("linear", linear.optionsType(), Map.of("sigma", 0.2)));
    assertTrue(assertInstanceOf(LinearInterpolant.class, made).hasNoise());
    Registration<?> rectified = byKey.get("rectified");
    assertInstanceOf(RectifiedInterpolant.class,
        rectified.create(OptionBinder.bind("rectified", rectified.optionsType(), Map.of())));
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
