package io.flowbridge.plugins.samplers;

import com.google.inject.AbstractModule;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/** Registers the built-in fixed-step samplers {@code euler} and {@code rk4}. */
@Extension
public final class SamplersModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder())
        .sampler("euler", EulerOptions.class, EulerSampler::new,
            "Explicit Euler method with a fixed number of equal steps (order 1, 1 evaluation per step).")
        .sampler("rk4", Rk4Options.class, Rk4Sampler::new,
            "Classical fourth-order Runge-Kutta with a fixed number of equal steps (4 evaluations per step).");
  }
}
