package io.flowbridge.it;

import io.flowbridge.core.plugin.PluginSettings;
import java.nio.file.Path;
import java.util.List;

/** The built-in plugin zips, copied by the build into target/plugins as a user would install them. */
final class InstalledPlugins {
  static final List<String> BUILT_IN = List.of(
      "flowbridge-interpolants", "flowbridge-couplings", "flowbridge-samplers", "flowbridge-datasets", "flowbridge-models");

  private InstalledPlugins() {}

  static Path dir() {
    return Path.of(System.getProperty("flowbridge.plugins.builtin", "target/plugins"));
  }

  static PluginSettings settings() {
    return PluginSettings.deployment(List.of(dir()), BUILT_IN);
  }
}
