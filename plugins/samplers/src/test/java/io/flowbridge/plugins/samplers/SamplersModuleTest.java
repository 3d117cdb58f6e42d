package io.flowbridge.plugins.samplers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.flowbridge.api.sampler.AdaptiveSampler;
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

/** The plugin's Guice module registers every sampler, and PF4J's index lists the module. */
class SamplersModuleTest {
  private static Map<String, Registration<?>> registrations() {
    @SuppressWarnings("unchecked")
    TypeLiteral<Set<Registration<?>>> setType =
        (TypeLiteral<Set<Registration<?>>>) TypeLiteral.get(Types.setOf(Registrations.TYPE.getType()));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    Guice.createInjector(new SamplersModule()).getInstance(Key.get(setType))
        .forEach(r -> byKey.put(r.key(), r));
    return byKey;
  }

  @Test
  void registersEverySampler() {
    Map<String, Registration<?>> byKey = registrations();
    assertEquals(Set.of("dopri5", "euler", "euler-maruyama", "heun", "midpoint", "rk4"), byKey.keySet());
    for (Registration<?> r : byKey.values()) {
      assertEquals(ExtensionKind.SAMPLER, r.kind());
      Sampler s = assertInstanceOf(Sampler.class,
          r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of("steps", 8))));
      assertEquals(9, s.grid(0f, 1f).length, r.key() + " honours the steps option");
    }
    assertInstanceOf(AdaptiveSampler.class, byKey.get("dopri5").create(
        OptionBinder.bind("dopri5", byKey.get("dopri5").optionsType(), Map.of())));
  }

  @Test
  void everySamplerTakesAnExplicitGridThatOverridesSteps() {
    for (Registration<?> r : registrations().values()) {
      Sampler s = (Sampler) r.create(OptionBinder.bind(r.key(), r.optionsType(),
          Map.of("steps", 8, "times", "0, 0.25, 1")));
      assertArrayEquals(new float[] {0f, 0.25f, 1f}, s.grid(0f, 1f), 0f, r.key());
      assertArrayEquals(new float[] {1f, 0.25f, 0f}, s.grid(1f, 0f), 0f, r.key() + " backward");
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
