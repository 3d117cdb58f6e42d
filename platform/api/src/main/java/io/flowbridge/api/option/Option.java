package io.flowbridge.api.option;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one option of a plugin on a component of its options record: documentation, default
 * and accepted range. Supported component types: {@code double}, {@code int}, {@code long},
 * {@code boolean}, {@code String}, {@code List<Integer>}, {@code List<Double>} (text defaults
 * are comma-separated; {@code ""} is the empty list) and {@link TimeFunction} (default
 * {@code "none"}, bound to null).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Option {
  /** One sentence saying what the option does. */
  String doc();

  /** Default value as text ({@code "0.1"}, {@code "64,64,64"}, {@code "selu"}). */
  String defaultValue();

  /** Smallest accepted value (numbers; for lists, each element). */
  double min() default Double.NEGATIVE_INFINITY;

  /** Largest accepted value (numbers; for lists, each element). */
  double max() default Double.POSITIVE_INFINITY;

  /** Whether {@link #min()} itself is excluded. */
  boolean minExclusive() default false;

  /** Accepted values of a text option; empty means any text. */
  String[] choices() default {};
}
