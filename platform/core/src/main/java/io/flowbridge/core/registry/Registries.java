package io.flowbridge.core.registry;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.Registration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One registry per extension point, built from every registration the plugin modules made.
 * A key registered twice for the same extension point fails here, naming both plugins.
 */
public final class Registries {
  private final Map<ExtensionKind, Registry> byKind = new EnumMap<>(ExtensionKind.class);

  private Registries() {}

  /** Builds the registries; {@code attribution} tells which plugin a registration's factory came from. */
  public static Registries of(Collection<Registration<?>> registrations,
      Function<Registration<?>, PluginInfo> attribution) {
    Map<ExtensionKind, Map<String, Entry>> maps = new EnumMap<>(ExtensionKind.class);
    for (ExtensionKind k : ExtensionKind.values()) maps.put(k, new HashMap<>());
    for (Registration<?> r : registrations) {
      Entry entry = new Entry(r, attribution.apply(r));
      Entry previous = maps.get(r.kind()).putIfAbsent(r.key(), entry);
      if (previous != null) {
        throw new FlowbridgeException(r.kind().label() + " key '" + r.key() + "' is registered twice: by plugin '"
            + previous.plugin().id() + "' (" + previous.plugin().version() + ") and by plugin '"
            + entry.plugin().id() + "' (" + entry.plugin().version() + "); remove or rename one of them");
      }
    }
    Registries out = new Registries();
    maps.forEach((k, m) -> out.byKind.put(k, new Registry(k, m)));
    return out;
  }

  public Registry of(ExtensionKind kind) {
    return byKind.get(kind);
  }
}
