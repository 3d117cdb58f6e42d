package io.flowbridge.plugins.datasets;

import com.google.inject.AbstractModule;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/** Registers the reference datasets of MATH.md §7 and the fashion-mnist images. */
@Extension
public final class DatasetsModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder())
        .dataset("gaussian", GaussianOptions.class, GaussianDataset::new,
            "Standard normal N(0, I) in dim dimensions.")
        .dataset("8gaussians", EightGaussiansOptions.class, EightGaussiansDataset::new,
            "Eight Gaussian modes on a circle of the given radius, labelled by mode.")
        .dataset("moons", MoonsOptions.class, MoonsDataset::new,
            "Two interleaving half circles with Gaussian noise, scaled by 3 and shifted by -1, labelled by moon.")
        .dataset("fashion-mnist", FashionMnistOptions.class, FashionMnistDataset::new,
            "Fashion-MNIST: 28x28 grey images (shape [28, 28, 1], pixels in [-1, 1]) from Debian's dataset-fashion-mnist, labelled by class.");
  }
}
