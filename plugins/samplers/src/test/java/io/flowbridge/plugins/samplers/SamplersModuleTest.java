package io.flowbridge.plugins.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Types;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.Registration;
import io.flowbridge.api.plugin.Registrations;
import io.flowbridge.api.sampler.Sampler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The plugin's Guice module registers both samplers, and PF4J's index lists the module. */
class SamplersModuleTest {
  @Test
  void registersEulerAndRk4() {
    @SuppressWarnings("unchecked")
    TypeLiteral<Set<Registration<?>>> setType =
        (TypeLiteral<Set<Registration<?>>>) TypeLiteral.get(Types.setOf(Registrations.TYPE.getType()));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    Guice.createInjector(new SamplersModule()).getInstance(Key.get(setType))
        .forEach(r -> byKey.put(r.key(), r));
    assertEquals(Set.of("euler", "rk4"), byKey.keySet());
    for (Registration<?> r : byKey.values()) {
      assertEquals(ExtensionKind.SAMPLER, r.kind());
      Sampler s = assertInstanceOf(Sampler.class,
          r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of("steps", 8))));
      assertEquals(9, s.grid(0f, 1f).length, r.key() + " honours the steps option");
    }
  }

  @Test
  void extensionIndexListsTheModule() throws IOException {
    StringBuilder all = new StringBuilder();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = url.openStream()) {
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(all.toString().contains(SamplersModule.class.getName()), all.toString());
  }
}
