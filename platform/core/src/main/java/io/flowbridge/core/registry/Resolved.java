package io.flowbridge.core.registry;

import io.flowbridge.api.option.OptionBinder;
import java.util.LinkedHashMap;
import java.util.Map;

/** An implementation built from a registry: key, validated options, the plugin it came from. */
public record Resolved<T>(String key, T instance, Record options, PluginInfo plugin) {
  /** The fully resolved description written to config.json (every option, defaults included). */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", key);
    Map<String, Object> values = new LinkedHashMap<>(OptionBinder.values(options));
    // A function option (a lambda from a script) has no JSON form: record that one was given.
    values.replaceAll((name, v) -> v instanceof io.flowbridge.api.option.TimeFunction ? "<function>" : v);
    out.put("options", values);
    out.put("plugin", plugin.id());
    out.put("pluginVersion", plugin.version());
    return out;
  }
}
