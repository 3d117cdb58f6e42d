package io.flowbridge.ot.validation;

/**
 * Argument checks shared by the optimal-transport entry points; every failure is an
 * {@link IllegalArgumentException} whose message names the offending input.
 */
public final class Checks {
  private Checks() {}

  /** Requires {@code value >= min}; {@code name} is the parameter name used in the message. */
  public static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " = " + value + ", must be >= " + min);
    }
  }

  /**
   * Requires {@code array.length == rows * cols}; {@code shape} spells the product ("n*d") so the
   * message tells the caller which dimensions were assumed.
   */
  public static void length(String name, int actual, long rows, long cols, String shape) {
    if (actual != rows * cols) {
      throw new IllegalArgumentException(
          name + " has " + actual + " values, expected " + shape + " = " + rows * cols);
    }
  }

  /** Rejects a null array up front so the message names it instead of a bare NullPointerException. */
  public static void notNull(String name, Object array) {
    if (array == null) {
      throw new IllegalArgumentException(name + " is null");
    }
  }

  /** Requires every value to be finite (no NaN, no ±Infinity). */
  public static void finite(String name, float[] values) {
    for (int i = 0; i < values.length; i++) {
      float v = values[i];
      // v - v is 0 for finite v and NaN for NaN/Inf: one branch-free test per element on the hot path.
      if (v - v != 0f) {
        throw new IllegalArgumentException(name + "[" + i + "] is " + describe(v));
      }
    }
  }

  /** Requires every value to be finite (no NaN, no ±Infinity). */
  public static void finite(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (v - v != 0d) {
        throw new IllegalArgumentException(name + "[" + i + "] is " + describe(v));
      }
    }
  }

  private static String describe(double v) {
    return Double.isNaN(v) ? "NaN" : (v > 0 ? "+Infinity" : "-Infinity");
  }
}
