package io.flowbridge.ot.vector;

/**
 * Whether this JVM may use JDK 17's incubating Vector API: it was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code flowbridge} launcher, the test and
 * benchmark builds do) and {@code -Dflowbridge.ot.vector=false} is not set. The kernels that use
 * it live in classes loaded only after this check, and each has a portable twin that computes the
 * same result, so the switch changes speed, never answers.
 */
public final class VectorApi {
  private static final boolean USABLE = check();

  private VectorApi() {}

  /** True when the Vector API module is present and not switched off. */
  public static boolean usable() {
    return USABLE;
  }

  private static boolean check() {
    boolean wanted = Boolean.parseBoolean(System.getProperty("flowbridge.ot.vector", "true"));
    return wanted && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }
}
