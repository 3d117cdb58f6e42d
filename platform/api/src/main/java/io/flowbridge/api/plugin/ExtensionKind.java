package io.flowbridge.api.plugin;

import io.flowbridge.api.coupling.Coupling;
import io.flowbridge.api.dataset.Dataset;
import io.flowbridge.api.interpolant.Interpolant;
import io.flowbridge.api.model.VelocityModel;
import io.flowbridge.api.sampler.Sampler;

/** The extension points, each with its own registry of kebab-case keys. */
public enum ExtensionKind {
  INTERPOLANT("interpolant", Interpolant.class),
  COUPLING("coupling", Coupling.class),
  SAMPLER("sampler", Sampler.class),
  DATASET("dataset", Dataset.class),
  MODEL("model", VelocityModel.class);

  private final String label;
  private final Class<?> type;

  ExtensionKind(String label, Class<?> type) {
    this.label = label;
    this.type = type;
  }

  /** The word used in messages and listings ("interpolant", "coupling", ...). */
  public String label() {
    return label;
  }

  /** The extension point interface. */
  public Class<?> type() {
    return type;
  }
}
