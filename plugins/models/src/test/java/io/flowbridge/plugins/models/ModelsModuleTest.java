package io.flowbridge.plugins.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Types;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.Registration;
import io.flowbridge.api.plugin.Registrations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plugin's Guice module registers {@code mlp}, and PF4J's index lists the module. */
class ModelsModuleTest {
  @Test
  void registersMlp() {
    @SuppressWarnings("unchecked")
    TypeLiteral<Set<Registration<?>>> setType =
        (TypeLiteral<Set<Registration<?>>>) TypeLiteral.get(Types.setOf(Registrations.TYPE.getType()));
    Set<Registration<?>> set = Guice.createInjector(new ModelsModule()).getInstance(Key.get(setType));
    assertEquals(1, set.size());
    Registration<?> r = set.iterator().next();
    assertEquals("mlp", r.key());
    assertEquals(ExtensionKind.MODEL, r.kind());
    assertInstanceOf(MlpModel.class, r.create(OptionBinder.bind("mlp", r.optionsType(), Map.of("activation", "tanh"))));
  }

  @Test
  void extensionIndexListsTheModule() throws IOException {
    StringBuilder all = new StringBuilder();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = url.openStream()) {
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(all.toString().contains(ModelsModule.class.getName()), all.toString());
  }
}
