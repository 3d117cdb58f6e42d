package io.flowbridge.api.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionBinderTest {
  record Opts(
      @Option(doc = "noise", defaultValue = "0.1", min = 0) double sigma,
      @Option(doc = "steps", defaultValue = "100", min = 1, max = 1000) int steps,
      @Option(doc = "rate", defaultValue = "1", min = 0, minExclusive = true) double rate,
      @Option(doc = "flag", defaultValue = "false") boolean flag,
      @Option(doc = "act", defaultValue = "selu", choices = {"selu", "relu"}) String activation,
      @Option(doc = "widths", defaultValue = "64,64", min = 1) List<Integer> hidden) {}

  @Test
  void defaultsFillMissingValues() {
    Opts o = OptionBinder.bind("p", Opts.class, Map.of());
    assertEquals(new Opts(0.1, 100, 1.0, false, "selu", List.of(64, 64)), o);
  }

  @Test
  void valuesConvertFromNumbersAndText() {
    Map<String, Object> in = Map.of("sigma", 1, "steps", "20", "flag", "true", "hidden", "8, 16,32", "rate", 2.5f);
    Opts o = OptionBinder.bind("p", Opts.class, in);
    assertEquals(new Opts(1.0, 20, 2.5, true, "selu", List.of(8, 16, 32)), o);
    assertEquals(List.of(3, 4), OptionBinder.bind("p", Opts.class, Map.of("hidden", List.of(3, 4L))).hidden());
  }

  @Test
  void errorsNamePluginOptionAndRange() {
    assertEquals("p: option 'steps' = 0 is out of range; accepted: [1, 1000]",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("steps", 0))).getMessage());
    assertEquals("p: option 'rate' = 0 is out of range; accepted: (0, inf)",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("rate", 0))).getMessage());
    assertEquals("p: option 'steps' expects a whole number, got '2.5'",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("steps", 2.5))).getMessage());
    assertEquals("p: option 'activation' = 'selo' is not accepted (did you mean 'selu'?); accepted: selu, relu",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("activation", "selo"))).getMessage());
    assertEquals("p: unknown option 'sigmaa' (did you mean 'sigma'?); known options: sigma, steps, rate, flag, activation, hidden",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("sigmaa", 1))).getMessage());
    assertEquals("p: option 'flag' expects true or false, got 'yes'",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("flag", "yes"))).getMessage());
    assertEquals("p: option 'hidden' = 0 is out of range; accepted: [1, inf)",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("hidden", "4,0"))).getMessage());
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("sigma", Double.NaN)));
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Opts.class, Map.of("sigma", "abc")));
  }

  @Test
  void describeAndValuesRoundTrip() {
    var d = OptionBinder.describe(Opts.class);
    assertEquals(6, d.size());
    assertEquals(new OptionDescriptor("sigma", "double", "0.1", "[0, inf)", "noise"), d.get(0));
    assertEquals("list<int>", d.get(5).type());
    assertEquals("one of selu, relu", d.get(4).range());
    Opts o = OptionBinder.bind("p", Opts.class, Map.of("steps", 7));
    Map<String, Object> values = new LinkedHashMap<>(OptionBinder.values(o));
    assertEquals(o, OptionBinder.bind("p", Opts.class, values));
  }

  record Scheduled(@Option(doc = "schedule", defaultValue = "none") TimeFunction epsilon) {}

  @Test
  void timeFunctionsBindFromLambdasOrNone() {
    assertEquals(null, OptionBinder.bind("p", Scheduled.class, Map.of()).epsilon());
    TimeFunction f = (tf, t) -> t;
    assertEquals(f, OptionBinder.bind("p", Scheduled.class, Map.of("epsilon", f)).epsilon());
    assertEquals("p: option 'epsilon' expects a function of time (a lambda over TensorFlow ops), got '0.5'",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Scheduled.class, Map.of("epsilon", 0.5))).getMessage());
    assertEquals("function(t)", OptionBinder.describe(Scheduled.class).get(0).type());
  }

  record Grid(@Option(doc = "times", defaultValue = "", min = 0, max = 1) List<Double> times) {}

  @Test
  void doubleListsBindFromListsArraysAndText() {
    assertEquals(List.of(), OptionBinder.bind("p", Grid.class, Map.of()).times());
    assertEquals(List.of(0.0, 0.25, 1.0), OptionBinder.bind("p", Grid.class, Map.of("times", "0, 0.25,1")).times());
    assertEquals(List.of(0.0, 0.5, 1.0), OptionBinder.bind("p", Grid.class, Map.of("times", "[0,0.5,1]")).times());
    assertEquals(List.of(0.0, 0.5, 1.0), OptionBinder.bind("p", Grid.class, Map.of("times", List.of(0, 0.5f, 1L))).times());
    assertEquals(List.of(0.1, 0.9), OptionBinder.bind("p", Grid.class, Map.of("times", new double[] {0.1, 0.9})).times());
    assertEquals("list<double>", OptionBinder.describe(Grid.class).get(0).type());
    assertEquals("[0, 1]", OptionBinder.describe(Grid.class).get(0).range());
    Grid g = OptionBinder.bind("p", Grid.class, Map.of("times", "0,0.3,1"));
    assertEquals(g, OptionBinder.bind("p", Grid.class, OptionBinder.values(g)));
  }

  @Test
  void doubleListErrorsNameTheElement() {
    assertEquals("p: option 'times' = 1.5 is out of range; accepted: [0, 1]",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Grid.class, Map.of("times", "0,1.5"))).getMessage());
    assertEquals("p: option 'times' expects a list<double>, got '0,x'",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Grid.class, Map.of("times", "0,x"))).getMessage());
    assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", Grid.class, Map.of("times", List.of(0.0, Double.NaN))));
  }

  @Test
  void noOptionsRejectsAnyOption() {
    assertEquals(new NoOptions(), OptionBinder.bind("p", NoOptions.class, Map.of()));
    assertEquals("p: unknown option 'x'; known options: (none)",
        assertThrows(FlowbridgeException.class, () -> OptionBinder.bind("p", NoOptions.class, Map.of("x", 1))).getMessage());
  }
}
