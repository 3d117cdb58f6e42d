package io.flowbridge.core.registry;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.error.Suggestions;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.plugin.ExtensionKind;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The implementations of one extension point by key. */
public final class Registry {
  private final ExtensionKind kind;
  private final Map<String, Entry> entries;

  Registry(ExtensionKind kind, Map<String, Entry> entries) {
    this.kind = kind;
    this.entries = new TreeMap<>(entries);
  }

  public ExtensionKind kind() {
    return kind;
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  /** The entry for {@code key}; an unknown key fails with the known keys and the closest one. */
  public Entry entry(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      throw new FlowbridgeException("unknown " + kind.label() + " '" + key + "'"
          + Suggestions.didYouMean(key, entries.keySet()) + "; known " + kind.label() + "s: "
          + (entries.isEmpty() ? "(none: is the plugin installed?)" : String.join(", ", entries.keySet())));
    }
    return e;
  }

  /** Builds the implementation for {@code key} with options validated against its record. */
  public <T> Resolved<T> create(String key, Map<String, ?> options, Class<T> type) {
    Entry e = entry(key);
    Record bound = OptionBinder.bind(kind.label() + " '" + key + "'", e.registration().optionsType(), options);
    return new Resolved<>(key, type.cast(e.registration().create(bound)), bound, e.plugin());
  }
}
