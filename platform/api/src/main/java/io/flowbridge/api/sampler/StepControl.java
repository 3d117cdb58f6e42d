package io.flowbridge.api.sampler;

/**
 * Error control of an adaptive solver: a step is accepted when
 * {@code sqrt(mean((error / (atol + rtol·max(|x|, |x_next|)))²)) ≤ 1}; the next step size is
 * {@code h·clamp(0.9·err^(−1/(order+1)), 0.2, 5)}.
 *
 * @param rtol relative tolerance
 * @param atol absolute tolerance
 * @param maxSteps accepted plus rejected steps before the integration fails
 * @param order order of the lower-order solution of the embedded pair (4 for dopri5)
 * @param initialStep first trial step size; 0 picks one from the tolerances
 */
public record StepControl(double rtol, double atol, int maxSteps, int order, double initialStep) {}
