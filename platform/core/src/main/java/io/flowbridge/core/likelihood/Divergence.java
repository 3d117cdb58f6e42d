package io.flowbridge.core.likelihood;

/** How div v is computed (MATH.md §5): exactly (d gradients; fine for d up to ~64) or by Hutchinson's estimator. */
public enum Divergence {
  EXACT,
  HUTCHINSON_RADEMACHER,
  HUTCHINSON_GAUSSIAN
}
