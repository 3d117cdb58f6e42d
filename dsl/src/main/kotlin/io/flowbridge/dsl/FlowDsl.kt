package io.flowbridge.dsl

/**
 * Marks the receivers of a flow script's blocks, so that inside an inner block (`train { }`,
 * an options block) the outer block's members cannot be reached by accident: `seed = 1` inside
 * `interpolant("linear") { }` is a compile error rather than a silent change to the experiment.
 */
@DslMarker
@Target(AnnotationTarget.CLASS)
annotation class FlowDsl

internal const val WRITE_ONLY = "can be set but not read in a flow script (the experiment is built as the script runs)"
