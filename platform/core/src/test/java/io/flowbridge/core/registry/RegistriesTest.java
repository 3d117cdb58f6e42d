package io.flowbridge.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.data.Batch;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.api.option.Option;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.Registration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RegistriesTest {
  record DimOptions(@Option(doc = "dimension", defaultValue = "2", min = 1) int dim) {}

  static Dataset points(int dim) {
    return new Dataset() {
      public int dim() {
        return dim;
      }

      public Batch sample(int n, RandomGenerator random) {
        throw new UnsupportedOperationException();
      }
    };
  }

  static Registration<?> dataset(String key) {
    return new Registration<>(ExtensionKind.DATASET, key, DimOptions.class, o -> points(o.dim()), "test");
  }

  @Test
  void createsWithDefaultsAndGivenOptions() {
    Registries r = Registries.of(List.of(dataset("cloud")), x -> PluginInfo.HOST);
    assertEquals(2, r.of(ExtensionKind.DATASET).create("cloud", Map.of(), Dataset.class).instance().dim());
    Resolved<Dataset> d = r.of(ExtensionKind.DATASET).create("cloud", Map.of("dim", 5), Dataset.class);
    assertEquals(5, d.instance().dim());
    assertEquals(Map.of("dim", 5), d.describe().get("options"));
  }

  @Test
  void duplicateKeysNameBothPlugins() {
    Registration<?> a = dataset("cloud");
    Registration<?> b = dataset("cloud");
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> Registries.of(List.of(a, b),
        x -> x == a ? new PluginInfo("alpha", "1.0") : new PluginInfo("beta", "2.0")));
    assertTrue(e.getMessage().contains("dataset key 'cloud' is registered twice: by plugin 'alpha' (1.0) and by plugin 'beta' (2.0)"),
        e.getMessage());
  }

  @Test
  void sameKeyInDifferentExtensionPointsIsFine() {
    Registration<?> s = new Registration<>(ExtensionKind.SAMPLER, "cloud", NoOptions.class, o -> null, "test");
    Registries.of(List.of(dataset("cloud"), s), x -> PluginInfo.HOST);
  }

  @Test
  void unknownKeyListsKnownKeysAndClosest() {
    Registries r = Registries.of(List.of(dataset("moons"), dataset("8gaussians")), x -> PluginInfo.HOST);
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> r.of(ExtensionKind.DATASET).create("moon", Map.of(), Dataset.class));
    assertEquals("unknown dataset 'moon' (did you mean 'moons'?); known datasets: 8gaussians, moons", e.getMessage());
  }

  @Test
  void badOptionsNamePluginOptionAndRange() {
    Registries r = Registries.of(List.of(dataset("cloud")), x -> PluginInfo.HOST);
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> r.of(ExtensionKind.DATASET).create("cloud", Map.of("dim", 0), Dataset.class));
    assertEquals("dataset 'cloud': option 'dim' = 0 is out of range; accepted: [1, inf)", e.getMessage());
    e = assertThrows(FlowbridgeException.class,
        () -> r.of(ExtensionKind.DATASET).create("cloud", Map.of("dims", 3), Dataset.class));
    assertEquals("dataset 'cloud': unknown option 'dims' (did you mean 'dim'?); known options: dim", e.getMessage());
  }
}
