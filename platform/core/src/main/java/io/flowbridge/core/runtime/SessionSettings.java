package io.flowbridge.core.runtime;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.core.experiment.RuntimeSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tensorflow.DeviceSpec;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;

/**
 * Turns the run options (device, threads, GPU memory growth) into TensorFlow's session
 * configuration and the device every graph op is placed on. Pure translation, so it is unit
 * tested without a GPU.
 */
public final class SessionSettings {
  private static final Pattern DEVICE = Pattern.compile("(cpu|gpu)(?::(\\d+))?");

  private final RuntimeSpec spec;
  private final boolean gpu;
  private final int index;

  private SessionSettings(RuntimeSpec spec, boolean gpu, int index) {
    this.spec = spec;
    this.gpu = gpu;
    this.index = index;
  }

  /** Validates the runtime options; errors name the option and what is accepted. */
  public static SessionSettings of(RuntimeSpec spec) {
    Matcher m = DEVICE.matcher(spec.device() == null ? "" : spec.device().trim().toLowerCase());
    if (!m.matches()) {
      throw new FlowbridgeException("runtime.device = '" + spec.device()
          + "' is not a device; accepted: cpu, gpu, gpu:N (N = 0, 1, ...)");
    }
    if (spec.intraOpThreads() < 0) {
      throw new FlowbridgeException("runtime.intraOpThreads = " + spec.intraOpThreads()
          + " is not accepted; use 0 (TensorFlow chooses) or a thread count >= 1");
    }
    if (spec.interOpThreads() < RuntimeSpec.CALLER_THREAD) {
      throw new FlowbridgeException("runtime.interOpThreads = " + spec.interOpThreads()
          + " is not accepted; use -1 (ops run on the calling thread, the default), 0 (TensorFlow"
          + " chooses) or a thread count >= 1");
    }
    boolean gpu = m.group(1).equals("gpu");
    int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return new SessionSettings(spec, gpu, index);
  }

  public boolean usesGpu() {
    return gpu;
  }

  /** The TensorFlow device name ops are pinned to, e.g. {@code /device:GPU:1}. */
  public DeviceSpec device() {
    // Only the chosen GPU is visible to the process (configProto), so inside it that GPU is index 0.
    return DeviceSpec.newBuilder().deviceType(gpu ? DeviceSpec.DeviceType.GPU : DeviceSpec.DeviceType.CPU).deviceIndex(0).build();
  }

  /**
   * The session configuration: thread pools (a negative inter-op count, {@link
   * RuntimeSpec#CALLER_THREAD}, makes TensorFlow run each step's ops on the calling thread); for
   * CPU runs no GPU is made visible; for {@code gpu:N} only GPU N is visible (so inside the
   * process it is GPU 0), with memory growth as asked and no silent fallback to the CPU.
   */
  public ConfigProto configProto() {
    ConfigProto.Builder b = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(spec.intraOpThreads())
        .setInterOpParallelismThreads(spec.interOpThreads())
        .setAllowSoftPlacement(false);
    if (gpu) {
      b.setGpuOptions(GPUOptions.newBuilder()
          .setVisibleDeviceList(Integer.toString(index))
          .setAllowGrowth(spec.gpuMemoryGrowth()));
    } else {
      b.putDeviceCount("GPU", 0);
    }
    return b.build();
  }

  /** The physical GPU index asked for ({@code gpu:N}); 0 for CPU runs. */
  public int gpuIndex() {
    return index;
  }
}
