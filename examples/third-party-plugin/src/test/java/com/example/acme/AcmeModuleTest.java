package com.example.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The module registers both keys, PF4J's index lists it, and plugin.properties came from the pom. */
class AcmeModuleTest {
  @Test
  void registersTheInterpolantAndTheDatasetWithWorkingFactories() {
    Set<Registration<?>> set =
        Guice.createInjector(new AcmeModule()).getInstance(Key.get(new TypeLiteral<Set<Registration<?>>>() {}));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    set.forEach(r -> byKey.put(r.key(), r));
    assertEquals(Set.of("acme-cosine", "acme-ring"), byKey.keySet());
    assertEquals(ExtensionKind.INTERPOLANT, byKey.get("acme-cosine").kind());
    assertEquals(ExtensionKind.DATASET, byKey.get("acme-ring").kind());

    Registration<?> cosine = byKey.get("acme-cosine");
    assertInstanceOf(CosineInterpolant.class,
        cosine.create(OptionBinder.bind("acme-cosine", cosine.optionsType(), Map.of("sigma", 0.1))));
    Registration<?> ring = byKey.get("acme-ring");
    assertInstanceOf(RingDataset.class,
        ring.create(OptionBinder.bind("acme-ring", ring.optionsType(), Map.of("radius", 2.0))));
  }

  @Test
  void extensionIndexListsTheModule() throws IOException {
    StringBuilder all = new StringBuilder();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = url.openStream()) {
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(all.toString().contains(AcmeModule.class.getName()), all.toString());
  }

  @Test
  void pluginPropertiesAreGeneratedFromThePom() throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("plugin.properties")) {
      p.load(in);
    }
    assertEquals("acme-bridges", p.getProperty("plugin.id"));
    assertEquals("1.0.0", p.getProperty("plugin.version"));
    assertTrue(!p.getProperty("plugin.description").contains("${"), p.toString());
  }
}
