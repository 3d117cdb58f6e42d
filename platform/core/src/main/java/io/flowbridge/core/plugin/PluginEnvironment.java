package io.flowbridge.core.plugin;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.core.registry.PluginInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The loaded plugins and the Guice modules they contribute. PF4J only logs a plugin that fails
 * to load; this class turns every such failure, and a missing expected plugin, into an error.
 */
public final class PluginEnvironment implements AutoCloseable {
  private final List<FlowbridgePluginManager> managers = new ArrayList<>();
  private final Map<String, PluginWrapper> plugins = new LinkedHashMap<>();

  private PluginEnvironment() {}

  /** Loads and starts the plugins {@code settings} points at. */
  public static PluginEnvironment start(PluginSettings settings) {
    PluginEnvironment env = new PluginEnvironment();
    try {
      List<Path> deploy = existing(settings.deploymentDirs());
      List<Path> dev = existing(settings.developmentDirs());
      if (!deploy.isEmpty()) env.add(FlowbridgePluginManager.deployment(deploy), deploy);
      if (!dev.isEmpty()) env.add(FlowbridgePluginManager.development(dev), dev);
      for (String id : settings.expected()) {
        if (!env.plugins.containsKey(id)) {
          throw new FlowbridgeException("plugin '" + id + "' was not found in "
              + Stream.concat(settings.deploymentDirs().stream(), settings.developmentDirs().stream()).toList()
              + "; loaded: " + env.plugins.keySet());
        }
      }
      return env;
    } catch (RuntimeException e) {
      env.close();
      throw e;
    }
  }

  private static List<Path> existing(List<Path> dirs) {
    return dirs.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory).distinct().toList();
  }

  private void add(FlowbridgePluginManager manager, List<Path> roots) {
    managers.add(manager);
    manager.loadPlugins();
    if (!manager.failures.isEmpty()) {
      throw new FlowbridgeException("plugins failed to load:\n  " + String.join("\n  ", manager.failures));
    }
    manager.startPlugins();
    for (PluginWrapper w : manager.getPlugins()) {
      if (w.getPluginState() != PluginState.STARTED) {
        Throwable why = w.getFailedException();
        throw new FlowbridgeException("plugin '" + w.getPluginId() + "' at " + w.getPluginPath()
            + " did not start (state " + w.getPluginState() + ")" + (why == null ? "" : ": " + why));
      }
      PluginWrapper previous = plugins.putIfAbsent(w.getPluginId(), w);
      if (previous != null) {
        throw new FlowbridgeException("plugin '" + w.getPluginId() + "' found twice: at "
            + previous.getPluginPath() + " and at " + w.getPluginPath());
      }
    }
    for (Path root : roots) {
      try (Stream<Path> zips = Files.list(root)) {
        long count = zips.filter(p -> p.getFileName().toString().endsWith(".zip")).count();
        long loaded = manager.getPlugins().stream().filter(w -> w.getPluginPath().startsWith(root)).count();
        if (count > loaded) {
          throw new FlowbridgeException(root + " holds " + count + " plugin zips but only " + loaded
              + " loaded; see the log above for the plugin that failed");
        }
      } catch (java.io.IOException e) {
        throw new FlowbridgeException("cannot list plugin directory " + root + ": " + e.getMessage(), e);
      }
    }
  }

  /** The Guice modules every started plugin contributes, in plugin-id order. */
  public List<FlowbridgeModule> modules() {
    List<FlowbridgeModule> out = new ArrayList<>();
    for (FlowbridgePluginManager m : managers) {
      for (PluginWrapper w : m.getStartedPlugins()) {
        out.addAll(m.getExtensions(FlowbridgeModule.class, w.getPluginId()));
      }
    }
    return out;
  }

  /** The started plugins by id. */
  public Map<String, PluginWrapper> plugins() {
    return Map.copyOf(plugins);
  }

  /** The plugin whose class loader defined {@code type}, if any. */
  public Optional<PluginInfo> whichPlugin(Class<?> type) {
    for (FlowbridgePluginManager m : managers) {
      PluginWrapper w = m.whichPlugin(type);
      if (w != null) {
        return Optional.of(new PluginInfo(w.getPluginId(), w.getDescriptor().getVersion()));
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    for (FlowbridgePluginManager m : managers) {
      m.stopPlugins();
      m.unloadPlugins();
    }
    managers.clear();
  }
}
