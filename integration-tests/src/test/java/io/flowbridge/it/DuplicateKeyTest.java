package io.flowbridge.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.engine.Flowbridge;
import io.flowbridge.core.plugin.PluginSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two installed plugins registering the same key, or one that cannot load: start-up fails naming them. */
class DuplicateKeyTest {
  @Test
  void aPluginThatCannotLoadFailsStartUpNamingItsPath(@TempDir Path tmp) throws IOException {
    Path original = builtInZip("flowbridge-plugin-datasets");
    Files.copy(original, tmp.resolve("datasets-copy-a.zip"));
    Files.copy(original, tmp.resolve("datasets-copy-b.zip"));
    PluginSettings settings = PluginSettings.deployment(List.of(tmp), List.of());
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> Flowbridge.start(settings).close());
    assertTrue(e.getMessage().startsWith("plugins failed to load:"), e.getMessage());
    assertTrue(e.getMessage().contains("datasets-copy-"), e.getMessage());
  }

  static Path builtInZip(String prefix) throws IOException {
    try (Stream<Path> s = Files.list(InstalledPlugins.dir())) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".zip"))
          .findFirst().orElseThrow();
    }
  }

  @Test
  void duplicateKeyFailsNamingBothPlugins(@TempDir Path tmp) throws IOException {
    Path original;
    try (Stream<Path> s = Files.list(InstalledPlugins.dir())) {
      original = s.filter(p -> p.getFileName().toString().startsWith("flowbridge-plugin-interpolants")
          && p.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
    }
    Path copy = tmp.resolve("acme-interpolants-1.2.0.zip");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(original));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("plugin.properties")) {
          bytes = new String(bytes, StandardCharsets.ISO_8859_1)
              .replaceAll("plugin.id=.*", "plugin.id=acme-interpolants")
              .replaceAll("plugin.version=.*", "plugin.version=1.2.0")
              .getBytes(StandardCharsets.ISO_8859_1);
        }
        out.write(bytes);
        out.closeEntry();
      }
    }
    PluginSettings settings = PluginSettings.deployment(List.of(InstalledPlugins.dir(), tmp), InstalledPlugins.BUILT_IN);
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> Flowbridge.start(settings).close());
    assertTrue(e.getMessage().contains("is registered twice"), e.getMessage());
    assertTrue(e.getMessage().contains("'flowbridge-interpolants'") && e.getMessage().contains("'acme-interpolants' (1.2.0)"),
        e.getMessage());
  }
}
