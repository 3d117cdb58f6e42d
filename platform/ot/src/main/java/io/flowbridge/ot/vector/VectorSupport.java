package io.flowbridge.ot.vector;

/**
 * Whether flowbridge-ot's Vector API kernels may run: the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the flowbridge launcher, the test and benchmark
 * builds do) and {@code -Dflowbridge.ot.vector=false} is not set. Every such kernel has a portable
 * twin that gives the same results bit for bit; without the module the twins run.
 */
public final class VectorSupport {
  /** Decided once, at class initialisation. */
  public static final boolean ENABLED =
      Boolean.parseBoolean(System.getProperty("flowbridge.ot.vector", "true"))
          && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private VectorSupport() {}
}
