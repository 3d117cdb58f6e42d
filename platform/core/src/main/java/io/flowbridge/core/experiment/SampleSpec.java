package io.flowbridge.core.experiment;

/** How to sample after training: the ODE solver plugin and the number of points generated. */
public record SampleSpec(ComponentSpec solver, int count) {}
