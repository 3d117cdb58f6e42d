package io.flowbridge.core.registry;

import io.flowbridge.api.plugin.Registration;

/** A registry entry: the registration and the plugin that contributed it. */
public record Entry(Registration<?> registration, PluginInfo plugin) {
  public String key() {
    return registration.key();
  }
}
