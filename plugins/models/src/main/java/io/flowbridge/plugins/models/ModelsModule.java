package io.flowbridge.plugins.models;

import com.google.inject.AbstractModule;
import io.flowbridge.api.plugin.FlowbridgeModule;
import io.flowbridge.api.plugin.Registrations;
import org.pf4j.Extension;

/** Registers the built-in velocity network {@code mlp}. */
@Extension
public final class ModelsModule extends AbstractModule implements FlowbridgeModule {
  @Override
  protected void configure() {
    Registrations.in(binder()).model("mlp", MlpOptions.class, MlpModel::new,
        "Multilayer perceptron on [x, t] with configurable hidden widths and activation.");
  }
}
