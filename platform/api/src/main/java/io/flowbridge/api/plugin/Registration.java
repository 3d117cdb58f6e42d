package io.flowbridge.api.plugin;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One implementation offered under a registry key: its options record type and the factory
 * that builds it from validated options.
 *
 * @param kind the extension point
 * @param key stable kebab-case key ({@code "exact-ot"}, {@code "rk4"})
 * @param optionsType the typed options record (components annotated with {@code @Option})
 * @param factory builds the implementation from bound options
 * @param description one sentence for {@code flowbridge plugins}
 */
public record Registration<O extends Record>(
    ExtensionKind kind, String key, Class<O> optionsType, Function<O, ?> factory, String description) {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Registration {
    if (!KEY.matcher(key).matches()) {
      throw new FlowbridgeException(
          kind.label() + " key '" + key + "' is not kebab-case (lowercase words joined by '-')");
    }
  }

  /** Builds the implementation for already-bound options. */
  public Object create(Record options) {
    Object made = factory.apply(optionsType.cast(options));
    if (!kind.type().isInstance(made)) {
      throw new IllegalStateException(kind.label() + " '" + key + "' factory returned "
          + (made == null ? "null" : made.getClass().getName()) + ", not a " + kind.type().getSimpleName());
    }
    return made;
  }
}
