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
            "Exact optimal transport on squared Euclidean cost by linear assignment (OT-CFM).")
        .coupling("sinkhorn", SinkhornCouplingOptions.class, SinkhornCoupling::new,
            "Entropic OT (log-domain Sinkhorn) on squared Euclidean cost; pairs drawn i.i.d. from the plan (SB-CFM).")
        .coupling("unbalanced", UnbalancedCouplingOptions.class, UnbalancedCoupling::new,
            "Entropic OT with KL-relaxed marginals (regM); outliers are drawn less; pairs drawn from the plan.")
        .coupling("stable", NoOptions.class, StableCoupling::new,
            "Gale-Shapley stable matching on squared Euclidean cost (Multisample Flow Matching).")
        .coupling("class-ot", NoOptions.class, ClassOtCoupling::new,
            "Exact OT within each class label, so pairs share their label (conditional generation).");
  }
}
