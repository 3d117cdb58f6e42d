package io.flowbridge.core.engine;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.flowbridge.core.plugin.PluginEnvironment;
import io.flowbridge.core.plugin.PluginSettings;
import io.flowbridge.core.registry.Registries;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform, started: PF4J has loaded the plugins, and one Guice injector holds the core
 * modules and every plugin's module. Close it to stop the plugins.
 */
public final class Flowbridge implements AutoCloseable {
  private final PluginEnvironment plugins;
  private final Injector injector;

  private Flowbridge(PluginEnvironment plugins, Injector injector) {
    this.plugins = plugins;
    this.injector = injector;
  }

  /** Loads the plugins {@code settings} names and wires them, plus {@code extra} modules (tests, embedding). */
  public static Flowbridge start(PluginSettings settings, Module... extra) {
    PluginEnvironment env = PluginEnvironment.start(settings);
    try {
      List<Module> modules = new ArrayList<>();
      modules.add(new CoreModule(env));
      modules.addAll(env.modules());
      modules.addAll(List.of(extra));
      Injector injector = Guice.createInjector(modules);
      injector.getInstance(Registries.class);
      return new Flowbridge(env, injector);
    } catch (com.google.inject.ProvisionException | com.google.inject.CreationException e) {
      env.close();
      Throwable cause = e.getCause();
      if (cause instanceof io.flowbridge.api.error.FlowbridgeException fe) throw fe;
      throw e;
    } catch (RuntimeException e) {
      env.close();
      throw e;
    }
  }

  public Registries registries() {
    return injector.getInstance(Registries.class);
  }

  public ExperimentRunner runner() {
    return injector.getInstance(ExperimentRunner.class);
  }

  public PluginEnvironment plugins() {
    return plugins;
  }

  @Override
  public void close() {
    plugins.close();
  }
}
