package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.plugin.PluginSettings;
import io.flowbridge.core.registry.Entry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Development mode, as a plugin author uses it: the reactor's plugin modules are loaded from their
 * {@code target/classes} without packaging, and give the same registries as the installed zips.
 */
class DevelopmentModeTest {
  static Set<String> keys(Flowbridge fb) {
    Set<String> out = new TreeSet<>();
    for (ExtensionKind k : ExtensionKind.values()) {
      for (Entry e : fb.registries().of(k).entries()) {
        out.add(k.label() + ":" + e.key() + "@" + e.plugin().id() + ":" + e.plugin().version());
      }
    }
    return out;
  }

  @Test
  void reactorModulesRegisterTheSameKeysAsTheZips() {
    Set<String> dev;
    try (Flowbridge fb = Flowbridge.start(PluginSettings.development(List.of(Path.of("../plugins")), InstalledPlugins.BUILT_IN))) {
      dev = keys(fb);
    }
    try (Flowbridge fb = Flowbridge.start(InstalledPlugins.settings())) {
      assertEquals(keys(fb), dev);
    }
    for (String key : java.util.List.of("interpolant:linear@flowbridge-interpolants:0.1.0",
        "coupling:exact-ot@flowbridge-couplings:0.1.0", "sampler:dopri5@flowbridge-samplers:0.1.0",
        "dataset:moons@flowbridge-datasets:0.1.0", "model:mlp@flowbridge-models:0.1.0", "interpolant:inline@host:-")) {
      org.junit.jupiter.api.Assertions.assertTrue(dev.contains(key), key + " missing from " + dev);
    }
  }
}
