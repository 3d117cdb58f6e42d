package io.flowbridge.plugins.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.Registration;
import io.flowbridge.api.plugin.FlowbridgeModule;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DatasetsModuleTest {
  @Test
  void registersTheDatasetsWithWorkingFactories() {
    Set<Registration<?>> set =
        Guice.createInjector(new DatasetsModule()).getInstance(Key.get(new TypeLiteral<Set<Registration<?>>>() {}));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    for (Registration<?> r : set) {
      assertEquals(ExtensionKind.DATASET, r.kind(), r.key());
      assertTrue(!r.description().isBlank(), r.key());
      byKey.put(r.key(), r);
    }
    assertEquals(Set.of("gaussian", "8gaussians", "moons", "fashion-mnist"), byKey.keySet());
    for (Registration<?> r : byKey.values()) {
      if (r.key().equals("fashion-mnist")) continue; // needs its files: below
      Object made = r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of()));
      assertInstanceOf(Dataset.class, made, r.key());
      assertEquals(2, ((Dataset) made).dim(), r.key());
    }
  }

  @Test
  void fashionMnistFactoryReadsTheDirectoryGivenAsOption() {
    Registration<?> r = registration("fashion-mnist");
    Object made = r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of("path", IdxFiles.tiny().toString())));
    assertArrayEquals(new int[] {4, 3, 1}, ((Dataset) made).shape());
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of("path", "/nonexistent/fashion"))));
    assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
  }

  private static Registration<?> registration(String key) {
    Set<Registration<?>> set =
        Guice.createInjector(new DatasetsModule()).getInstance(Key.get(new TypeLiteral<Set<Registration<?>>>() {}));
    return set.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void isAFlowbridgeModuleExtension() {
    assertTrue(FlowbridgeModule.class.isAssignableFrom(DatasetsModule.class));
    assertTrue(DatasetsModule.class.isAnnotationPresent(org.pf4j.Extension.class));
  }
}
