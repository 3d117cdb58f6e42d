package io.flowbridge.dsl

import io.flowbridge.core.experiment.ComponentSpec
import io.flowbridge.core.experiment.OptimizerSpec

// Values a script assigns: `source = gaussian(dim = 2)`, `model = mlp(...)`, `optimizer = adam(...)`.
// Top-level (not members of a scope) so @FlowDsl never hides them inside nested blocks.

/** Any plugin by registry key, with options as pairs and/or an options block. */
fun component(key: String, vararg options: Pair<String, Any>, block: Options.() -> Unit = {}): ComponentSpec =
    ComponentSpec.of(key, optionMap(options, block))

/** A dataset plugin by registry key: `dataset("moons")`, `dataset("rings", "noise" to 0.05)`, `dataset("rings") { noise = 0.05 }`. */
fun dataset(key: String, vararg options: Pair<String, Any>, block: Options.() -> Unit = {}): ComponentSpec =
    component(key, *options, block = block)

/** The standard Gaussian source (`gaussian` dataset), optionally of dimension [dim]. */
fun gaussian(dim: Int? = null, block: Options.() -> Unit = {}): ComponentSpec =
    component("gaussian") {
      this.dim = dim
      block()
    }

/** The `mlp` velocity model with the given hidden widths and activation (plugin defaults when null). */
fun mlp(hidden: List<Int>? = null, activation: String? = null, block: Options.() -> Unit = {}): ComponentSpec =
    component("mlp") {
      this.hidden = hidden
      this.activation = activation
      block()
    }

/** Adam with learning rate [lr] and the usual defaults for the other settings. */
fun adam(lr: Double, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8): OptimizerSpec =
    OptimizerSpec("adam", lr, beta1, beta2, eps)
