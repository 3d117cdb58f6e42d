package io.flowbridge.core.likelihood;

/**
 * Log-densities of data points under a flow (MATH.md §5), their negative mean in nats and in
 * bits per dimension, and the function evaluations the backward integration took.
 */
public record LikelihoodResult(double[] logDensity, double nll, double bitsPerDim, int nfe) {}
