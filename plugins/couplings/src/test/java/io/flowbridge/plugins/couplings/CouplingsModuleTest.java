package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.api.option.OptionBinder;
import io.flowbridge.api.plugin.ExtensionKind;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CouplingsModuleTest {
  @Test
  void registersBothCouplingsWithoutOptions() {
    Set<Registration<?>> set =
        Guice.createInjector(new CouplingsModule()).getInstance(Key.get(new TypeLiteral<Set<Registration<?>>>() {}));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    for (Registration<?> r : set) {
      assertEquals(ExtensionKind.COUPLING, r.kind(), r.key());
      assertEquals(NoOptions.class, r.optionsType(), r.key());
      byKey.put(r.key(), r);
    }
    assertEquals(Set.of("independent", "exact-ot"), byKey.keySet());
    assertInstanceOf(IndependentCoupling.class, create(byKey.get("independent")));
    assertInstanceOf(ExactOtCoupling.class, create(byKey.get("exact-ot")));
  }

  @Test
  void isAFlowbridgeModuleExtension() {
    assertTrue(FlowbridgeModule.class.isAssignableFrom(CouplingsModule.class));
    assertTrue(CouplingsModule.class.isAnnotationPresent(org.pf4j.Extension.class));
  }

  private static Coupling create(Registration<?> r) {
    return (Coupling) r.create(OptionBinder.bind(r.key(), r.optionsType(), Map.of()));
  }
}
