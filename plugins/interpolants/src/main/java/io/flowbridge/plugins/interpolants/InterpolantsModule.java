package io.flowbridge.plugins.interpolants;

import com.google.inject.AbstractModule;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/** Registers the built-in interpolants {@code linear} and {@code rectified}. */
@Extension
public final class InterpolantsModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder())
        .interpolant("linear", LinearOptions.class, LinearInterpolant::new,
            "Straight path x_t = (1-t)x0 + t x1 + sigma z with constant noise sigma (I-CFM).")
        .interpolant("rectified", NoOptions.class, RectifiedInterpolant::new,
            "Noiseless straight path x_t = (1-t)x0 + t x1 of rectified flow.");
  }
}
