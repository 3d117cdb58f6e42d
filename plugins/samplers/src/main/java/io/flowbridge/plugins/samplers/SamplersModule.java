package io.flowbridge.plugins.samplers;

import com.google.inject.AbstractModule;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/**
 * Registers the built-in samplers of MATH.md §4: fixed-step {@code euler}, {@code midpoint},
 * {@code heun}, {@code rk4}; adaptive {@code dopri5}; and the SDE sampler {@code euler-maruyama}.
 */
@Extension
public final class SamplersModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder())
        .sampler("euler", EulerOptions.class, EulerSampler::new,
            "Explicit Euler method with a fixed number of equal steps or an explicit time grid (order 1, 1 evaluation per step).")
        .sampler("midpoint", MidpointOptions.class, MidpointSampler::new,
            "Explicit midpoint method with a fixed number of equal steps or an explicit time grid (order 2, 2 evaluations per step).")
        .sampler("heun", HeunOptions.class, HeunSampler::new,
            "Heun's method (explicit trapezoidal rule) with a fixed number of equal steps or an explicit time grid (order 2, 2 evaluations per step).")
        .sampler("rk4", Rk4Options.class, Rk4Sampler::new,
            "Classical fourth-order Runge-Kutta with a fixed number of equal steps or an explicit time grid (4 evaluations per step).")
        .sampler("dopri5", Dopri5Options.class, Dopri5Sampler::new,
            "Dormand-Prince 5(4): adaptive steps controlled by rtol/atol, or a fixed-step method of order 5 (7 evaluations per trial step, 6 per fixed step).")
        .sampler("euler-maruyama", EulerMaruyamaOptions.class, EulerMaruyamaSampler::new,
            "Euler-Maruyama for dX = [b + eps(t) s] dt + sqrt(2 eps(t)) dW (weak order 1); eps = 0 is the probability-flow ODE by Euler.");
  }
}
