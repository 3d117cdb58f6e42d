package io.flowbridge.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.experiment.ExperimentBuilder;
import io.flowbridge.core.experiment.RuntimeSpec;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/** The session configuration and device placement each runtime option produces (no GPU needed). */
class SessionSettingsTest {
  @Test
  void cpuHidesGpusAndSetsThreadPools() {
    ConfigProto c = SessionSettings.of(new RuntimeSpec("cpu", 1, 2, true)).configProto();
    assertEquals(0, c.getDeviceCountOrThrow("GPU"));
    assertEquals(1, c.getIntraOpParallelismThreads());
    assertEquals(2, c.getInterOpParallelismThreads());
    assertFalse(c.getAllowSoftPlacement());
  }

  @Test
  void gpuMakesOnlyTheChosenDeviceVisibleWithMemoryGrowth() {
    SessionSettings s = SessionSettings.of(new RuntimeSpec("gpu:1", 0, 0, true));
    ConfigProto c = s.configProto();
    assertTrue(s.usesGpu());
    assertEquals("1", c.getGpuOptions().getVisibleDeviceList());
    assertTrue(c.getGpuOptions().getAllowGrowth());
    assertFalse(c.getDeviceCountMap().containsKey("GPU"));
    assertFalse(SessionSettings.of(new RuntimeSpec("gpu", 0, 0, false)).configProto().getGpuOptions().getAllowGrowth());
  }

  @Test
  void opsArePlacedOnTheChosenDevice() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g).withDevice(SessionSettings.of(new RuntimeSpec("gpu:3", 0, 0, true)).device());
      var op = tf.math.add(tf.constant(1f), tf.constant(2f));
      assertEquals("/device:GPU:0", g.operation(op.op().name()).device());
      Ops cpu = Ops.create(g).withDevice(SessionSettings.of(new RuntimeSpec("cpu", 1, 1, true)).device());
      var op2 = cpu.math.add(cpu.constant(1f), cpu.constant(2f));
      assertEquals("/device:CPU:0", g.operation(op2.op().name()).device());
    }
  }

  @Test
  void opsRunOnTheCallingThreadByDefault() {
    RuntimeSpec defaults = ExperimentBuilder.experiment("x").target("8gaussians").build().runtime();
    assertEquals(RuntimeSpec.CALLER_THREAD, defaults.interOpThreads());
    assertEquals(1, defaults.intraOpThreads());
    // TensorFlow runs a session's ops on the caller's thread when this count is negative.
    assertTrue(SessionSettings.of(defaults).configProto().getInterOpParallelismThreads() < 0);
    assertEquals(0, SessionSettings.of(new RuntimeSpec("cpu", 1, 0, true)).configProto()
        .getInterOpParallelismThreads());
  }

  @Test
  void badDeviceAndThreadsAreNamed() {
    FlowbridgeException e = assertThrows(FlowbridgeException.class,
        () -> SessionSettings.of(new RuntimeSpec("tpu", 1, 1, true)));
    assertTrue(e.getMessage().contains("runtime.device = 'tpu'") && e.getMessage().contains("gpu:N"), e.getMessage());
    e = assertThrows(FlowbridgeException.class,
        () -> SessionSettings.of(new RuntimeSpec("cpu", -1, 1, true)));
    assertTrue(e.getMessage().contains("runtime.intraOpThreads = -1"), e.getMessage());
    e = assertThrows(FlowbridgeException.class,
        () -> SessionSettings.of(new RuntimeSpec("cpu", 1, -2, true)));
    assertTrue(e.getMessage().contains("runtime.interOpThreads = -2")
        && e.getMessage().contains("-1 (ops run on the calling thread"), e.getMessage());
  }
}
