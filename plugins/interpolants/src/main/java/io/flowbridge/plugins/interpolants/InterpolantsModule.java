package io.flowbridge.plugins.interpolants;

import com.google.inject.AbstractModule;
import io.flowbridge.api.option.NoOptions;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/**
 * Registers the built-in interpolants of MATH.md §1 ({@code linear}, {@code rectified},
 * {@code lipman}, {@code brownian-bridge}, {@code vp} alias {@code trig}, {@code si-linear},
 * {@code si-trig}, {@code si-encdec}), the one-sided Gaussian-source paths and {@code mirror}.
 */
@Extension
public final class InterpolantsModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder())
        .interpolant("linear", LinearOptions.class, LinearInterpolant::new,
            "Straight path x_t = (1-t)x0 + t x1 + sigma z with constant noise sigma (I-CFM).")
        .interpolant("rectified", NoOptions.class, RectifiedInterpolant::new,
            "Noiseless straight path x_t = (1-t)x0 + t x1 of rectified flow.")
        .interpolant("lipman", LipmanOptions.class, LipmanInterpolant::new,
            "Lipman's OT path x_t = (1-(1-sigma_min)t)x0 + t x1 from a standard Gaussian source (FM).")
        .interpolant("brownian-bridge", BrownianBridgeOptions.class, BrownianBridgeInterpolant::new,
            "Brownian bridge x_t = (1-t)x0 + t x1 + sigma sqrt(t(1-t)) z of Schroedinger-bridge CFM.")
        .interpolant("vp", VpOptions.class, VpInterpolant::new,
            "Variance-preserving path x_t = cos(pi t/2)x0 + sin(pi t/2)x1 + sigma z.")
        .interpolant("trig", VpOptions.class, VpInterpolant::new,
            "Alias of vp: x_t = cos(pi t/2)x0 + sin(pi t/2)x1 + sigma z.")
        .interpolant("si-linear", SiLinearOptions.class, SiLinearInterpolant::new,
            "Linear stochastic interpolant x_t = (1-t)x0 + t x1 + gamma(t) z, gamma by default sqrt(a t(1-t)).")
        .interpolant("si-trig", SiTrigOptions.class, SiTrigInterpolant::new,
            "Trigonometric stochastic interpolant x_t = cos(pi t/2)x0 + sin(pi t/2)x1 + gamma(t) z.")
        .interpolant("si-encdec", NoOptions.class, SiEncDecInterpolant::new,
            "Encoding-decoding interpolant: x0 dissolves into noise z by t = 1/2, which then condenses into x1.")
        .interpolant("one-sided-linear", NoOptions.class, OneSidedLinearInterpolant::new,
            "One-sided path x_t = (1-t)x0 + t x1 from a standard Gaussian source x0, no extra noise.")
        .interpolant("one-sided-trig", NoOptions.class, OneSidedTrigInterpolant::new,
            "One-sided path x_t = cos(pi t/2)x0 + sin(pi t/2)x1 from a standard Gaussian source x0.")
        .interpolant("mirror", MirrorOptions.class, MirrorInterpolant::new,
            "Mirror path from the data to itself, x_t = x1 + gamma(t) z (learns denoisers and scores).");
  }
}
