package io.flowbridge.core.experiment;

/**
 * A whole experiment as the user wrote it (in a script or through {@link ExperimentBuilder}):
 * which plugins, with which options, trained and sampled how. Plugin options are resolved and
 * validated against the registries when the experiment is run. {@code method} names the preset
 * the interpolant and coupling came from ({@code "custom"} when set by hand).
 */
public record ExperimentSpec(
    String name,
    long seed,
    ComponentSpec source,
    ComponentSpec target,
    ComponentSpec interpolant,
    ComponentSpec coupling,
    ComponentSpec model,
    TrainSpec train,
    SampleSpec sample,
    EvaluateSpec evaluate,
    RuntimeSpec runtime,
    String method,
    ConditionSpec condition,
    ReflowSpec reflow) {
  public ExperimentSpec {
    condition = condition == null ? ConditionSpec.none() : condition;
  }
}
