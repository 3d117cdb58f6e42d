package io.flowbridge.core.train;

/**
 * One training minibatch after coupling: {@code x0[i]} is paired with {@code x1[i]} (row-major
 * {@code [n, d]}), {@code labels[i]} the class of {@code x1[i]} (null if unlabelled), with the
 * host time spent drawing and coupling it.
 */
public record PairedBatch(float[] x0, float[] x1, int[] labels, long drawNanos, long couplingNanos) {}
