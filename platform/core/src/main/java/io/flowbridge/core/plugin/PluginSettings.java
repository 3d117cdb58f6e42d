package io.flowbridge.core.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * Where plugins come from. Deployment directories hold plugin zips (how users install plugins);
 * development directories hold plugin modules built in a reactor ({@code <module>/target/classes}).
 * {@code expected} lists plugin ids that must load, or start-up fails.
 */
public record PluginSettings(List<Path> deploymentDirs, List<Path> developmentDirs, List<String> expected) {
  public PluginSettings {
    deploymentDirs = List.copyOf(deploymentDirs);
    developmentDirs = List.copyOf(developmentDirs);
    expected = List.copyOf(expected);
  }

  /** No plugins at all (tests that register modules directly). */
  public static PluginSettings none() {
    return new PluginSettings(List.of(), List.of(), List.of());
  }

  public static PluginSettings deployment(List<Path> dirs, List<String> expected) {
    return new PluginSettings(dirs, List.of(), expected);
  }

  public static PluginSettings development(List<Path> dirs, List<String> expected) {
    return new PluginSettings(List.of(), dirs, expected);
  }
}
