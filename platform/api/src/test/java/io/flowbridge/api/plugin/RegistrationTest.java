package io.flowbridge.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.NoOptions;
import org.junit.jupiter.api.Test;

class RegistrationTest {
  @Test
  void keysMustBeKebabCase() {
    new Registration<>(ExtensionKind.COUPLING, "exact-ot", NoOptions.class, o -> null, "d");
    new Registration<>(ExtensionKind.DATASET, "8gaussians", NoOptions.class, o -> null, "d");
    for (String bad : new String[] {"ExactOT", "exact_ot", "-ot", "ot-", "exact--ot", ""}) {
      assertEquals("coupling key '" + bad + "' is not kebab-case (lowercase words joined by '-')",
          assertThrows(FlowbridgeException.class,
              () -> new Registration<>(ExtensionKind.COUPLING, bad, NoOptions.class, o -> null, "d")).getMessage());
    }
  }

  @Test
  void factoryMustReturnTheExtensionPointType() {
    Registration<NoOptions> r = new Registration<>(ExtensionKind.COUPLING, "bad", NoOptions.class, o -> "text", "d");
    assertThrows(IllegalStateException.class, () -> r.create(new NoOptions()));
  }
}
