package io.flowbridge.plugins.couplings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.error.FlowbridgeException;
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
  private static Map<String, Registration<?>> registrations() {
    Set<Registration<?>> set =
        Guice.createInjector(new CouplingsModule()).getInstance(Key.get(new TypeLiteral<Set<Registration<?>>>() {}));
    Map<String, Registration<?>> byKey = new TreeMap<>();
    for (Registration<?> r : set) {
      assertEquals(ExtensionKind.COUPLING, r.kind(), r.key());
      byKey.put(r.key(), r);
    }
    return byKey;
  }

  @Test
  void registersEveryCouplingWithItsOptions() {
    Map<String, Registration<?>> byKey = registrations();
    assertEquals(Set.of("independent", "exact-ot", "sinkhorn", "unbalanced", "stable", "class-ot"), byKey.keySet());
    assertEquals(NoOptions.class, byKey.get("independent").optionsType());
    assertEquals(NoOptions.class, byKey.get("exact-ot").optionsType());
    assertEquals(SinkhornCouplingOptions.class, byKey.get("sinkhorn").optionsType());
    assertEquals(UnbalancedCouplingOptions.class, byKey.get("unbalanced").optionsType());
    assertEquals(NoOptions.class, byKey.get("stable").optionsType());
    assertEquals(NoOptions.class, byKey.get("class-ot").optionsType());
    assertInstanceOf(IndependentCoupling.class, create(byKey.get("independent"), Map.of()));
    assertInstanceOf(ExactOtCoupling.class, create(byKey.get("exact-ot"), Map.of()));
    assertInstanceOf(SinkhornCoupling.class, create(byKey.get("sinkhorn"), Map.of("reg", 0.1)));
    assertInstanceOf(UnbalancedCoupling.class, create(byKey.get("unbalanced"), Map.of("regM", 5)));
    assertInstanceOf(StableCoupling.class, create(byKey.get("stable"), Map.of()));
    assertInstanceOf(ClassOtCoupling.class, create(byKey.get("class-ot"), Map.of()));
  }

  @Test
  void optionDefaults() {
    SinkhornCouplingOptions s = OptionBinder.bind("sinkhorn", SinkhornCouplingOptions.class, Map.of());
    assertEquals(new SinkhornCouplingOptions(0.05, true, 1e-4, 10_000, false), s);
    assertEquals(new SinkhornCouplingOptions(0.05), s);
    UnbalancedCouplingOptions u = OptionBinder.bind("unbalanced", UnbalancedCouplingOptions.class, Map.of());
    assertEquals(new UnbalancedCouplingOptions(0.05, 1.0, true, 1e-4, 10_000), u);
    assertEquals(new UnbalancedCouplingOptions(0.05, 1.0), u);
    SinkhornCouplingOptions custom = OptionBinder.bind("sinkhorn", SinkhornCouplingOptions.class,
        Map.of("reg", "0.5", "normalizeCost", "false", "tolerance", 1e-9, "maxIterations", 50, "epsilonScaling", true));
    assertEquals(new SinkhornCouplingOptions(0.5, false, 1e-9, 50, true), custom);
  }

  @Test
  void optionBinderRejectsOutOfRangeValuesNamingTheOption() {
    assertRejected("sinkhorn", SinkhornCouplingOptions.class, Map.of("reg", 0), "reg");
    assertRejected("sinkhorn", SinkhornCouplingOptions.class, Map.of("reg", -0.1), "reg");
    assertRejected("sinkhorn", SinkhornCouplingOptions.class, Map.of("reg", Double.POSITIVE_INFINITY), "reg");
    assertRejected("sinkhorn", SinkhornCouplingOptions.class, Map.of("tolerance", 0), "tolerance");
    assertRejected("sinkhorn", SinkhornCouplingOptions.class, Map.of("maxIterations", 0), "maxIterations");
    assertRejected("sinkhorn", SinkhornCouplingOptions.class, Map.of("normalizeCost", "yes"), "normalizeCost");
    assertRejected("sinkhorn", SinkhornCouplingOptions.class, Map.of("normalize-cost", true), "normalize-cost");
    assertRejected("unbalanced", UnbalancedCouplingOptions.class, Map.of("regM", 0), "regM");
    assertRejected("unbalanced", UnbalancedCouplingOptions.class, Map.of("regM", Double.POSITIVE_INFINITY), "regM");
    assertRejected("unbalanced", UnbalancedCouplingOptions.class, Map.of("reg", -1), "reg");
    assertRejected("unbalanced", UnbalancedCouplingOptions.class, Map.of("maxIterations", -5), "maxIterations");
  }

  private static void assertRejected(String key, Class<? extends Record> type, Map<String, ?> values, String option) {
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> OptionBinder.bind(key, type, values),
        key + " " + values);
    assertTrue(e.getMessage().startsWith(key + ": ") && e.getMessage().contains("'" + option + "'"), e.getMessage());
  }

  @Test
  void isAFlowbridgeModuleExtension() {
    assertTrue(FlowbridgeModule.class.isAssignableFrom(CouplingsModule.class));
    assertTrue(CouplingsModule.class.isAnnotationPresent(org.pf4j.Extension.class));
  }

  private static Coupling create(Registration<?> r, Map<String, ?> values) {
    return (Coupling) r.create(OptionBinder.bind(r.key(), r.optionsType(), values));
  }
}
