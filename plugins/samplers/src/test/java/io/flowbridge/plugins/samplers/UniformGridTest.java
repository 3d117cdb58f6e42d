package io.flowbridge.plugins.samplers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.option.OptionBinder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equal and explicit time grids: mapping onto [t0, t1], exact ends, reversal, and validation of {@code times}. */
class UniformGridTest {
  @Test
  void explicitTimesAreMappedOntoTheIntervalAndReversedBackward() {
    List<Double> times = List.of(0.0, 0.1, 0.5, 1.0);
    assertArrayEquals(new float[] {0f, 0.1f, 0.5f, 1f}, UniformGrid.of(0f, 1f, 99, times), 0f);
    assertArrayEquals(new float[] {1f, 0.5f, 0.1f, 0f}, UniformGrid.of(1f, 0f, 99, times), 0f);
    float[] inner = UniformGrid.of(0.5f, 1.5f, 99, times);
    assertArrayEquals(new float[] {0.5f, 0.6f, 1f, 1.5f}, inner, 1e-7f);
    assertEquals(0.5f, inner[0], 0f);
    assertEquals(1.5f, inner[3], 0f);
  }

  @Test
  void emptyTimesMeanEqualSteps() {
    assertArrayEquals(UniformGrid.of(0.2f, 0.9f, 7), UniformGrid.of(0.2f, 0.9f, 7, List.of()), 0f);
  }

  @Test
  void backwardEqualStepsAreTheForwardGridReversedExactly() {
    for (int steps : new int[] {3, 7, 10, 33}) {
      float[] forward = UniformGrid.of(0.1f, 0.7f, steps);
      float[] backward = UniformGrid.of(0.7f, 0.1f, steps);
      for (int k = 0; k <= steps; k++) assertEquals(forward[k], backward[steps - k], 0f, steps + " steps, index " + k);
    }
  }

  @Test
  void timesMustRunFromZeroToOneStrictlyIncreasing() {
    assertEquals(List.of(), UniformGrid.checkTimes("euler", List.of()));
    assertEquals(List.of(0.0, 1.0), UniformGrid.checkTimes("euler", List.of(0.0, 1.0)));
    for (List<Double> bad : List.of(List.of(0.0), List.of(0.1, 1.0), List.of(0.0, 0.9), List.of(0.0, 0.5, 0.5, 1.0),
        List.of(0.0, 0.6, 0.4, 1.0))) {
      FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> UniformGrid.checkTimes("heun", bad), bad::toString);
      assertTrue(e.getMessage().startsWith("heun: option 'times' = " + bad), e.getMessage());
    }
  }

  @Test
  void optionBinderParsesAndValidatesTimes() {
    assertEquals(List.of(0.0, 0.2, 1.0),
        OptionBinder.bind("midpoint", MidpointOptions.class, Map.of("times", "0,0.2,1")).times());
    assertEquals(List.of(), OptionBinder.bind("midpoint", MidpointOptions.class, Map.of()).times());
    assertEquals("midpoint: option 'times' = 1.5 is out of range; accepted: [0, 1]",
        assertThrows(FlowbridgeException.class,
            () -> OptionBinder.bind("midpoint", MidpointOptions.class, Map.of("times", "0,1.5"))).getMessage());
    assertTrue(assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("rk4", Rk4Options.class, Map.of("times", "0,0.5"))).getMessage()
        .contains("rk4: option 'times' = [0.0, 0.5] must start at 0 and end at 1"));
  }
}
