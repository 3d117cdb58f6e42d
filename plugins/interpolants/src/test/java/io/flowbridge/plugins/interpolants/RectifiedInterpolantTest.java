package io.flowbridge.plugins.interpolants;

import io.flowbridge.testkit.GraphHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.InterpolantPath;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.api.option.OptionBinder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rectified flow: x_t = (1−t)x0 + t·x1 and u_t = x1 − x0, with no noise drawn (MATH.md §1). */
class RectifiedInterpolantTest {
  @Test
  void pathAndVelocityHaveTheClosedForms() {
    float[] x0 = {2f, -1f, 0f};
    float[] x1 = {-3f, 5f, 1f};
    float[] t = {0f, 0.5f, 1f};
    RectifiedInterpolant p = new RectifiedInterpolant(new NoOptions());
    assertFalse(p.hasNoise());
    List<float[]> v = GraphHarness.values(tf -> {
      InterpolantPath path = InterpolantPath.build(tf, p, GraphHarness.matrix(tf, x0, 3, 1),
          GraphHarness.matrix(tf, x1, 3, 1), null, GraphHarness.matrix(tf, t, 3, 1));
      return List.of(path.xt(), path.ut());
    });
    for (int i = 0; i < 3; i++) {
      assertEquals((1 - t[i]) * x0[i] + t[i] * x1[i], v.get(0)[i], 1e-6, "x_t[" + i + "]");
      assertEquals(x1[i] - x0[i], v.get(1)[i], 1e-6, "u_t[" + i + "]");
    }
  }

  @Test
  void acceptsNoOptions() {
    assertEquals(new NoOptions(), OptionBinder.bind("rectified", NoOptions.class, Map.of()));
    assertThrows(FlowbridgeException.class,
        () -> OptionBinder.bind("rectified", NoOptions.class, Map.of("sigma", 0.1)));
  }
}
