package com.example.acme;

import com.google.inject.AbstractModule;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/** Registers ACME's contributions: the {@code acme-cosine} interpolant and the {@code acme-ring} dataset. */
@Extension
public final class AcmeModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder())
        .interpolant("acme-cosine", CosineOptions.class, CosineInterpolant::new,
            "Quarter-circle path x_t = cos(pi t/2) x0 + sin(pi t/2) x1 + sigma sin(pi t) z, exact at both ends.")
        .dataset("acme-ring", RingOptions.class, RingDataset::new,
            "Points uniform on a circle of the given radius plus isotropic Gaussian noise, in 2 dimensions.");
  }
}
