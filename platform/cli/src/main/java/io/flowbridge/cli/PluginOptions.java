package io.flowbridge.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.flowbridge.core.plugin.PluginSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * Options shared by every command that loads plugins. Plugins come from the built-in zips
 * (next to the CLI jar, {@code plugins/}), the user's {@code installed-plugins/} directory next
 * to the launcher, and every {@code --plugins DIR}.
 */
final class PluginOptions {
  static final List<String> BUILT_IN = List.of(
      "flowbridge-interpolants", "flowbridge-couplings", "flowbridge-samplers", "flowbridge-datasets", "flowbridge-models");

  @Option(names = "--plugins", paramLabel = "DIR", description = "Also load plugin zips from DIR (repeatable).")
  List<Path> pluginDirs = new ArrayList<>();

  @Option(names = "--debug", description = "Show stack traces and debug logs.")
  boolean debug;

  PluginSettings settings() {
    if (debug) {
      ((Logger) LoggerFactory.getLogger("io.flowbridge")).setLevel(Level.DEBUG);
      ((Logger) LoggerFactory.getLogger("org.pf4j")).setLevel(Level.DEBUG);
    }
    List<Path> dirs = new ArrayList<>();
    dirs.add(builtInDir());
    dirs.add(home().resolve("installed-plugins"));
    for (Path p : pluginDirs) {
      if (!Files.isDirectory(p)) {
        throw new io.flowbridge.api.error.FlowbridgeException("--plugins " + p + ": not a directory");
      }
      dirs.add(p);
    }
    return PluginSettings.deployment(dirs, BUILT_IN);
  }

  /** The repository root the launcher runs from ({@code -Dflowbridge.home}), else the working directory. */
  static Path home() {
    String h = System.getProperty("flowbridge.home");
    return Path.of(h == null ? "." : h).toAbsolutePath().normalize();
  }

  static Path builtInDir() {
    String p = System.getProperty("flowbridge.plugins.builtin");
    if (p != null) return Path.of(p);
    try {
      Path jar = Path.of(PluginOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().resolve("plugins");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
