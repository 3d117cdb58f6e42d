package io.flowbridge.api.sampler;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * One trial step of an embedded Runge–Kutta pair: the higher-order solution {@code next} and the
 * difference to the lower-order one, {@code error} (both {@code [batch, d]}), from which the
 * core's step-size controller decides to accept the step.
 */
public record EmbeddedStep(Operand<TFloat32> next, Operand<TFloat32> error) {}
