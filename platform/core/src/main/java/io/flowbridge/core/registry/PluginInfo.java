package io.flowbridge.core.registry;

/** The plugin an implementation came from: its id and version ("host" for in-process registrations). */
public record PluginInfo(String id, String version) {
  public static final PluginInfo HOST = new PluginInfo("host", "-");
}
