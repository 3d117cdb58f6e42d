package io.flowbridge.core.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pf4j.BasePluginRepository;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginRepository;
import org.pf4j.DevelopmentPluginLoader;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.RuntimeMode;

/** PF4J's manager with host-first class loading, in one fixed mode (deployment or development). */
abstract class FlowbridgePluginManager extends DefaultPluginManager {
  /** Development plugins keep their generated plugin.properties among their compiled classes. */
  static final String DEV_DESCRIPTOR = "target/classes/plugin.properties";

  /** Paths PF4J could not load, with the reason; PF4J itself only logs these. */
  final List<String> failures = new ArrayList<>();

  FlowbridgePluginManager(List<Path> roots) {
    super(roots);
  }

  @Override
  protected org.pf4j.PluginWrapper loadPluginFromPath(Path path) {
    try {
      return super.loadPluginFromPath(path);
    } catch (RuntimeException e) {
      failures.add(path + ": " + e.getMessage());
      throw e;
    }
  }

  static FlowbridgePluginManager deployment(List<Path> roots) {
    return new FlowbridgePluginManager(roots) {
      @Override
      public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
      }

      @Override
      protected PluginRepository createPluginRepository() {
        return new CompoundPluginRepository().add(new DefaultPluginRepository(getPluginsRoots()));
      }

      @Override
      protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
            .add(new DefaultPluginLoader(this) {
              @Override
              protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor d) {
                return new HostFirstClassLoader(pluginManager, d, getClass().getClassLoader());
              }
            })
            .add(new JarPluginLoader(this));
      }
    };
  }

  static FlowbridgePluginManager development(List<Path> roots) {
    return new FlowbridgePluginManager(roots) {
      @Override
      public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEVELOPMENT;
      }

      @Override
      protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new PropertiesPluginDescriptorFinder(DEV_DESCRIPTOR);
      }

      @Override
      protected PluginRepository createPluginRepository() {
        return new BasePluginRepository(getPluginsRoots()) {
          @Override
          public List<Path> getPluginPaths() {
            List<Path> out = new ArrayList<>();
            for (Path root : pluginsRoots) {
              if (Files.isRegularFile(root.resolve(DEV_DESCRIPTOR))) {
                out.add(root);
                continue;
              }
              if (!Files.isDirectory(root)) continue;
              try (Stream<Path> children = Files.list(root)) {
                children.filter(p -> Files.isRegularFile(p.resolve(DEV_DESCRIPTOR))).sorted().forEach(out::add);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
            return out;
          }
        };
      }

      @Override
      protected PluginLoader createPluginLoader() {
        return new DevelopmentPluginLoader(this) {
          @Override
          protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor d) {
            return new HostFirstClassLoader(pluginManager, d, getClass().getClassLoader());
          }
        };
      }
    };
  }
}
