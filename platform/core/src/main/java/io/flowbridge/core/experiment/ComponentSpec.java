package io.flowbridge.core.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/** A plugin chosen by registry key, with the options the user set (defaults are filled later). */
public record ComponentSpec(String key, Map<String, Object> options) {
  public ComponentSpec {
    options = new LinkedHashMap<>(options == null ? Map.of() : options);
  }

  public static ComponentSpec of(String key) {
    return new ComponentSpec(key, Map.of());
  }

  public static ComponentSpec of(String key, Map<String, ?> options) {
    return new ComponentSpec(key, new LinkedHashMap<>(options));
  }
}
