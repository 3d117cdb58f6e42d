package io.flowbridge.core.experiment;

/**
 * How to train: number of optimizer steps, minibatch size, optimizer, how often the loss is
 * fetched and logged, whether the coupling of the next minibatch runs on a worker thread, and
 * how training times are drawn.
 */
public record TrainSpec(int steps, int batchSize, OptimizerSpec optimizer, int logEvery, boolean pipeline,
    TimeSampling time) {}
