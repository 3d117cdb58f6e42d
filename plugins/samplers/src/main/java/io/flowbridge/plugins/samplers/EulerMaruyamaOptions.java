package io.flowbridge.plugins.samplers;

import io.flowbridge.api.option.Option;
import io.flowbridge.api.option.TimeFunction;
import java.util.List;

/** Options of the {@code euler-maruyama} sampler: the grid, the diffusion coefficient ε(t) and the noise seed. */
public record EulerMaruyamaOptions(
    @Option(doc = "Number of equal steps from t0 to t1 (NFE = steps).", defaultValue = "100", min = 1)
    int steps,
    @Option(doc = "Explicit time grid increasing from 0 to 1, e.g. 0,0.1,0.5,1, mapped onto [t0, t1]; "
        + "overrides steps when given (empty: steps equal steps).", defaultValue = "", min = 0, max = 1)
    List<Double> times,
    @Option(doc = "Diffusion coefficient epsilon of dX = [b + eps(t) s] dt + sqrt(2 eps(t)) dW; "
        + "0 samples the probability-flow ODE (exactly Euler).", defaultValue = "0.1", min = 0)
    double epsilon,
    @Option(doc = "How eps(t) varies: constant (eps(t) = epsilon) or linear-decay (eps(t) = epsilon (1 - t), "
        + "0 at t = 1).", defaultValue = "constant", choices = {"constant", "linear-decay"})
    String schedule,
    @Option(doc = "eps(t) as a function of time; replaces epsilon and schedule when given. Must be >= 0.",
        defaultValue = "none")
    TimeFunction epsilonFunction,
    @Option(doc = "Seed of the in-graph standard normal noise (the k-th step built in a graph uses seed2 = k).",
        defaultValue = "1")
    long noiseSeed) {

  public EulerMaruyamaOptions {
    times = UniformGrid.checkTimes("euler-maruyama", times);
  }

  /** A constant ε on {@code steps} equal steps. */
  public EulerMaruyamaOptions(int steps, double epsilon, long noiseSeed) {
    this(steps, List.of(), epsilon, "constant", null, noiseSeed);
  }
}
