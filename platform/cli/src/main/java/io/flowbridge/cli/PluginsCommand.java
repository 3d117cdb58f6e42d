package io.flowbridge.cli;

import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.option.OptionDescriptor;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.registry.Entry;
import io.flowbridge.core.registry.Registry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code flowbridge plugins}: every registered key per extension point, its plugin, and its options. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "List every registered key per extension point, the plugin providing it, and its options.")
final class PluginsCommand implements Callable<Integer> {
  @Mixin PluginOptions plugins;

  @Override
  public Integer call() {
    try (Flowbridge fb = Flowbridge.start(plugins.settings())) {
      StringBuilder out = new StringBuilder();
      for (ExtensionKind kind : ExtensionKind.values()) {
        Registry r = fb.registries().of(kind);
        out.append(kind.label()).append("s\n");
        for (Entry e : r.entries()) {
          out.append(String.format("  %-16s %s (plugin %s %s)%n", e.key(), e.registration().description(),
              e.plugin().id(), e.plugin().version()));
          for (OptionDescriptor o : OptionBinder.describe(e.registration().optionsType())) {
            out.append(String.format("      %-12s %-10s default %-10s range %-14s %s%n",
                o.name(), o.type(), o.defaultValue(), o.range(), o.doc()));
          }
        }
        out.append('\n');
      }
      System.out.print(out);
    }
    return 0;
  }
}
