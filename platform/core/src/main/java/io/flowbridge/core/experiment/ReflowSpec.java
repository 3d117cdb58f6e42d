package io.flowbridge.core.experiment;

/**
 * Reflow (k-rectified flow, Liu et al. 2023): training pairs are (x0, ODE_teacher(x0)), with the
 * teacher the trained flow saved in run directory {@code from}, integrated with RK4 in
 * {@code steps} steps, instead of independent draws of source and target.
 */
public record ReflowSpec(String from, int steps) {}
