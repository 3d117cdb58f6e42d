package io.flowbridge.dsl

import io.flowbridge.api.error.FlowbridgeException
import kotlin.properties.ReadWriteProperty
import kotlin.reflect.KProperty

/**
 * The receiver of an options block such as `interpolant("linear") { sigma = 0.1 }`: the options a
 * plugin is given, by name. The option names the built-in plugins use have typed properties; any
 * other name (third-party plugins add their own) is set with [option] or `this["name"] = value`.
 * Names are not checked here: the core binds the map to the plugin's options record and rejects
 * unknown names and bad values with the plugin's name in the message.
 */
@FlowDsl
class Options internal constructor(initial: Map<String, Any> = emptyMap()) {
  private val values = LinkedHashMap<String, Any>(initial)

  /** Noise level of a stochastic interpolant. */
  var sigma: Double? by typed()
  /** A step count (e.g. of a fixed-step ODE solver). */
  var steps: Int? by typed()
  /** Dimension of a synthetic distribution. */
  var dim: Int? by typed()
  /** Radius of a ring- or mixture-shaped dataset. */
  var radius: Double? by typed()
  /** Variance of a Gaussian distribution or of mixture components. */
  var variance: Double? by typed()
  /** Noise added to a synthetic dataset. */
  var noise: Double? by typed()
  /** Hidden layer widths of a network. */
  var hidden: List<Int>? by typed()
  /** Activation function of a network (e.g. "selu"). */
  var activation: String? by typed()

  /** Sets the option [name] to [value], whatever the name (plugin-specific options). */
  fun option(name: String, value: Any) {
    set(name, value)
  }

  operator fun set(name: String, value: Any) {
    if (name.isBlank()) throw FlowbridgeException("option name must not be blank")
    values[name] = value
  }

  /** The value set for [name], or null. */
  operator fun get(name: String): Any? = values[name]

  internal fun toMap(): Map<String, Any> = LinkedHashMap(values)

  private inline fun <reified T : Any> typed() = object : ReadWriteProperty<Options, T?> {
    override fun getValue(thisRef: Options, property: KProperty<*>): T? = values[property.name] as? T

    override fun setValue(thisRef: Options, property: KProperty<*>, value: T?) {
      if (value == null) values.remove(property.name) else values[property.name] = value
    }
  }
}

/** The options given as pairs, then those set in [block]. */
internal fun optionMap(pairs: Array<out Pair<String, Any>>, block: Options.() -> Unit): Map<String, Any> =
    Options().apply {
      for ((name, value) in pairs) set(name, value)
      block()
    }.toMap()
