package io.flowbridge.plugins.samplers;

import io.flowbridge.api.option.Option;
import java.util.List;

/** Options of the {@code dopri5} sampler: the step-size controller, and the grid of fixed-step use. */
public record Dopri5Options(
    @Option(doc = "Relative tolerance of the step-size controller.", defaultValue = "1e-5", min = 0, minExclusive = true)
    double rtol,
    @Option(doc = "Absolute tolerance of the step-size controller.", defaultValue = "1e-5", min = 0, minExclusive = true)
    double atol,
    @Option(doc = "Accepted plus rejected steps after which adaptive integration fails.", defaultValue = "10000", min = 1)
    int maxSteps,
    @Option(doc = "First trial step size of adaptive integration; 0 picks one from the tolerances.", defaultValue = "0", min = 0)
    double initialStep,
    @Option(doc = "Number of equal steps when used as a fixed-step method of order 5 (NFE = 6 x steps).",
        defaultValue = "100", min = 1)
    int steps,
    @Option(doc = "Explicit time grid increasing from 0 to 1 for fixed-step use, e.g. 0,0.1,0.5,1, mapped onto "
        + "[t0, t1]; overrides steps when given (empty: steps equal steps).", defaultValue = "", min = 0, max = 1)
    List<Double> times) {

  public Dopri5Options {
    times = UniformGrid.checkTimes("dopri5", times);
  }

  /** The given tolerances, the other options at their defaults. */
  public Dopri5Options(double rtol, double atol) {
    this(rtol, atol, 10000, 0, 100, List.of());
  }

  /** Default tolerances and {@code steps} equal steps for fixed-step use. */
  public Dopri5Options(int steps) {
    this(1e-5, 1e-5, 10000, 0, steps, List.of());
  }
}
