package io.flowbridge.dsl

import io.flowbridge.api.error.FlowbridgeException
import io.flowbridge.core.experiment.ExperimentSpec
import kotlin.script.experimental.annotations.KotlinScript
import kotlin.script.experimental.api.ScriptAcceptedLocation
import kotlin.script.experimental.api.ScriptCompilationConfiguration
import kotlin.script.experimental.api.ScriptEvaluationConfiguration
import kotlin.script.experimental.api.acceptedLocations
import kotlin.script.experimental.api.defaultImports
import kotlin.script.experimental.api.ide
import kotlin.script.experimental.jvm.baseClassLoader
import kotlin.script.experimental.jvm.jvm
import kotlin.script.experimental.jvm.loadDependencies
import kotlin.script.experimental.jvm.updateClasspath

/**
 * The script definition of `*.flow.kts` experiment files: the script body is the body of a
 * subclass of this class, so `experiment("name") { ... }` is a call to [experiment].
 * Load scripts with [ScriptLoader].
 */
@KotlinScript(
    displayName = "Flowbridge experiment",
    fileExtension = "flow.kts",
    compilationConfiguration = FlowScriptCompilation::class,
    evaluationConfiguration = FlowScriptEvaluation::class,
)
@FlowDsl
abstract class FlowScript {
  private val defined = ArrayList<ExperimentSpec>()

  /** Defines the script's experiment, called [name]; a script defines exactly one. */
  fun experiment(name: String, block: ExperimentScope.() -> Unit) {
    if (defined.isNotEmpty()) {
      throw FlowbridgeException(
          "a script defines exactly one experiment, but '${defined[0].name()}' is already defined before '$name'")
    }
    val scope = ExperimentScope(name)
    scope.block()
    defined += scope.build()
  }

  internal val experiments: List<ExperimentSpec>
    get() = defined
}

/**
 * How `*.flow.kts` files compile: the DSL imported by default, and a classpath of exactly the jars
 * (or class directories) holding the DSL, the core experiment types, the API and the Kotlin
 * standard library, located from the classes themselves so that it is right with a directory of jars
 * on `java -cp`, under Maven surefire, in a shaded jar or in an IDE.
 */
object FlowScriptCompilation : ScriptCompilationConfiguration({
  defaultImports(
      "io.flowbridge.dsl.*",
      "io.flowbridge.core.experiment.ComponentSpec",
      "io.flowbridge.core.experiment.OptimizerSpec",
  )
  jvm { updateClasspath(ScriptClasspath.files) }
  ide { acceptedLocations(ScriptAcceptedLocation.Everywhere) }
}) {
  private fun readResolve(): Any = FlowScriptCompilation
}

/**
 * How compiled scripts run: in a class loader below the one that loaded the DSL, so the script
 * shares the DSL's classes (and [ScriptLoader] can read the experiment off the script instance).
 */
object FlowScriptEvaluation : ScriptEvaluationConfiguration({
  jvm {
    baseClassLoader(FlowScript::class.java.classLoader)
    loadDependencies(false)
  }
}) {
  private fun readResolve(): Any = FlowScriptEvaluation
}
