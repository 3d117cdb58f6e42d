package io.flowbridge.plugins.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code mlp} options: defaults, list parsing, and what they reject. */
class MlpOptionsTest {
  @Test
  void defaultsAreThreeLayersOfSixtyFourWithSelu() {
    MlpOptions o = OptionBinder.bind("mlp", MlpOptions.class, Map.of());
    assertEquals(List.of(64, 64, 64), o.hidden());
    assertEquals("selu", o.activation());
  }

  @Test
  void acceptsListsAsTextOrValues() {
    assertEquals(List.of(128, 32), OptionBinder.bind("mlp", MlpOptions.class, Map.of("hidden", "128, 32")).hidden());
    assertEquals(List.of(8), OptionBinder.bind("mlp", MlpOptions.class, Map.of("hidden", List.of(8))).hidden());
  }

  @Test
  void rejectsZeroWidthsAnEmptyListAndUnknownActivations() {
    FlowbridgeException zero = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("mlp", MlpOptions.class, Map.of("hidden", "64,0")));
    assertTrue(zero.getMessage().contains("hidden"), zero.getMessage());
    FlowbridgeException empty = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("mlp", MlpOptions.class, Map.of("hidden", "")));
    assertTrue(empty.getMessage().contains("mlp") && empty.getMessage().contains("hidden"), empty.getMessage());
    FlowbridgeException act = assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("mlp", MlpOptions.class, Map.of("activation", "slu")));
    assertTrue(act.getMessage().contains("activation") && act.getMessage().contains("selu"), act.getMessage());
    assertThrows(FlowbridgeException.class, () -> new MlpOptions(List.of(4, -1), "relu"));
    assertThrows(FlowbridgeException.class, () -> new MlpOptions(List.of(4), "gelu"));
  }
}
