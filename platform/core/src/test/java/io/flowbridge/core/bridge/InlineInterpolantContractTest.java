package io.flowbridge.core.bridge;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.option.TimeFunction;
import io.flowbridge.testkit.InterpolantContract;
import org.junit.jupiter.api.Test;

/**
 * A bridge written inline (as a script's lambdas) passes the same contract as every plugin
 * interpolant: here α = cos(πt/2), β = sin(πt/2), γ = 0.2·t(1−t), derivatives by autodiff.
 */
class InlineInterpolantContractTest extends InterpolantContract {
  static final float HALF_PI = (float) (Math.PI / 2);

  static InlineOptions options(TimeFunction alpha) {
    TimeFunction beta = (tf, t) -> tf.math.sin(tf.math.mul(tf.constant(HALF_PI), t));
    TimeFunction gamma = (tf, t) -> tf.math.mul(tf.constant(0.2f), tf.math.mul(t, tf.math.sub(tf.constant(1f), t)));
    return new InlineOptions(alpha, beta, gamma, false, 0);
  }

  @Override
  protected Interpolant interpolant() {
    return new InlineInterpolant(options((tf, t) -> tf.math.cos(tf.math.mul(tf.constant(HALF_PI), t))));
  }

  @Test
  void pathCheckAcceptsItAndRefusesABrokenOne() {
    PathCheck.verify("inline", interpolant());
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> PathCheck.verify("inline",
        new InlineInterpolant(options((tf, t) -> tf.math.sub(tf.constant(1.5f), t)))));
    assertTrue(e.getMessage().contains("alpha(0) = 1.5 but must be 1"), e.getMessage());
    FlowbridgeException g = assertThrows(FlowbridgeException.class, () -> PathCheck.verify("inline",
        new InlineInterpolant(new InlineOptions((tf, t) -> tf.math.sub(tf.constant(1f), t), (tf, t) -> t,
            (tf, t) -> tf.math.sub(t, tf.constant(0.5f)), false, 0))));
    assertTrue(g.getMessage().contains("is negative"), g.getMessage());
  }
}
