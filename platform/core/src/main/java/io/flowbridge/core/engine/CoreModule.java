package io.flowbridge.core.engine;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.flowbridge.api.plugin.Registration;
import io.flowbridge.api.plugin.Registrations;
import io.flowbridge.core.plugin.PluginEnvironment;
import io.flowbridge.core.registry.PluginInfo;
import io.flowbridge.core.registry.Registries;
import java.util.Set;

/** The core's bindings: the plugin environment and the registries built from every registration. */
final class CoreModule extends AbstractModule {
  private final PluginEnvironment plugins;

  CoreModule(PluginEnvironment plugins) {
    this.plugins = plugins;
  }

  @Override
  protected void configure() {
    // Built into the core rather than a plugin: a bridge written inline in a script.
    Registrations.in(binder()).interpolant("inline", io.flowbridge.core.bridge.InlineOptions.class,
        io.flowbridge.core.bridge.InlineInterpolant::new,
        "A bridge written in the script: alpha, beta, gamma as lambdas over TensorFlow ops (derivatives by autodiff).");
    bind(PluginEnvironment.class).toInstance(plugins);
  }

  @Provides
  @Singleton
  Registries registries(Set<Registration<?>> registrations, PluginEnvironment env) {
    return Registries.of(registrations,
        r -> env.whichPlugin(r.factory().getClass()).orElse(PluginInfo.HOST));
  }
}
