package io.flowbridge.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  record Stats(String name, double mean, float[] widths, double[] values) {}

  @Test
  void nonFiniteNumbersBecomeNullEverywhere() throws Exception {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("nan", Double.NaN);
    row.put("inf", Double.POSITIVE_INFINITY);
    row.put("floatNan", Float.NaN);
    row.put("list", List.of(1.0, Double.NEGATIVE_INFINITY));
    row.put("record", new Stats("s", Double.NaN, new float[] {Float.NaN, 1f}, new double[] {Double.NaN, 2.5}));

    String json = Json.mapper().writeValueAsString(row);
    JsonNode tree = Json.mapper().readTree(json); // strict parser: would reject bare NaN

    assertEquals(
        "{\"nan\":null,\"inf\":null,\"floatNan\":null,\"list\":[1.0,null],"
            + "\"record\":{\"name\":\"s\",\"mean\":null,\"widths\":[null,1.0],\"values\":[null,2.5]}}",
        json);
    assertEquals(5, tree.size());
  }

  @Test
  void doublesKeepEveryBit() throws Exception {
    double[] values = {0.1 + 0.2, Math.PI, 1e-308, Double.MIN_VALUE, Double.MAX_VALUE, -0.0, 1.2345678901234567e19};
    for (double v : values) {
      double back = Json.mapper().readValue(Json.mapper().writeValueAsString(v), Double.class);
      assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back), () -> "value " + v);
    }
  }

  @Test
  void prettyWriterIndentsWithNewlines() throws Exception {
    String json = Json.pretty().writeValueAsString(Map.of("a", 1));
    assertEquals("{\n  \"a\" : 1\n}", json);
    assertNull(Json.mapper().readValue("null", Object.class));
  }
}
