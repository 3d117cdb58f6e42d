package io.flowbridge.plugins.couplings;

import com.google.inject.AbstractModule;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/** Registers the minibatch couplings of MATH.md §3. */
@Extension
public final class CouplingsModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder())
        .coupling("independent", NoOptions.class, IndependentCoupling::new,
            "Pairs as drawn: source row i with target row i (I-CFM).")
        .coupling("exact-ot", NoOptions.class, ExactOtCoupling::new,
            "Exact optimal transport on squared Euclidean cost by linear assignment (OT-CFM).");
  }
}
