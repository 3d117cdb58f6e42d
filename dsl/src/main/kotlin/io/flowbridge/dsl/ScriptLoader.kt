package io.flowbridge.dsl

import io.flowbridge.api.error.FlowbridgeException
import io.flowbridge.core.experiment.ExperimentSpec
import java.io.IOException
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.atomic.AtomicInteger
import java.util.function.Consumer
import kotlinx.coroutines.runBlocking
import kotlin.script.experimental.api.CompiledScript
import kotlin.script.experimental.api.ResultValue
import kotlin.script.experimental.api.ResultWithDiagnostics
import kotlin.script.experimental.api.ScriptDiagnostic
import kotlin.script.experimental.host.FileScriptSource
import kotlin.script.experimental.jvm.BasicJvmScriptEvaluator
import kotlin.script.experimental.jvm.impl.KJvmCompiledScript
import kotlin.script.experimental.jvmhost.JvmScriptCompiler
import kotlin.script.experimental.jvmhost.createJvmCompilationConfigurationFromTemplate

/**
 * Loads `*.flow.kts` experiment scripts into [ExperimentSpec]s: compiles a script (or takes it from
 * the compiled-script cache in [cacheDir]) and runs it. Every failure, at compile time or while the
 * script runs, is a [ScriptException] whose message points at the script's lines.
 *
 * Compiling is slow (seconds for the first script in a JVM), running a cached script takes
 * milliseconds. Safe for use from several threads.
 */
class ScriptLoader @JvmOverloads constructor(
    /** Where compiled scripts are kept; created on first use. */
    val cacheDir: Path = defaultCacheDir(),
    /** Receives each compiler warning as `path:line:col: warning: message`. */
    private val warnings: Consumer<String> = Consumer { System.err.println(it) },
) {
  private val cache = CompiledScriptCache(cacheDir)
  private val compilations = AtomicInteger()

  /** How many scripts this loader compiled (the others came from the cache). */
  val compileCount: Int
    get() = compilations.get()

  /** The experiment that [script] defines. */
  fun load(script: Path): ExperimentSpec {
    val path = script.toString()
    val text = try {
      Files.readString(script)
    } catch (e: IOException) {
      throw ScriptException(script, listOf("$path: cannot read the script (${e.javaClass.simpleName}: ${e.message})"), cause = e)
    }
    val key = cache.key(text)
    val cached = cache.get(key)
    if (cached != null) {
      cached.loader.use {
        cached.warnings.forEach { w -> warnings.accept("$path:$w") }
        return run(script, text, cached.script)
      }
    }
    val compiled = compile(script, text)
    cache.put(key, compiled.script, compiled.warnings)
    compiled.warnings.forEach { w -> warnings.accept("$path:$w") }
    return run(script, text, compiled.script)
  }

  private class Compiled(val script: KJvmCompiledScript, val warnings: List<String>)

  private fun compile(script: Path, text: String): Compiled {
    val result = synchronized(COMPILER_LOCK) {
      compilations.incrementAndGet()
      runBlocking { compiler(FileScriptSource(script.toFile(), text), compilationConfiguration) }
    }
    val path = script.toString()
    val errors = result.reports.filter { it.severity >= ScriptDiagnostic.Severity.ERROR }.map { "$path:${located(it)}" }
    // Warnings are kept without the path: they are stored with the compiled script and replayed.
    val notes = result.reports.filter { it.severity == ScriptDiagnostic.Severity.WARNING }.map { located(it, "warning: ") }
    return when (result) {
      is ResultWithDiagnostics.Success ->
        Compiled(result.value as? KJvmCompiledScript ?: error("unexpected compiled script ${result.value}"), notes)
      is ResultWithDiagnostics.Failure ->
        throw ScriptException(script, errors.ifEmpty { listOf("$path: does not compile") }, notes.map { "$path:$it" })
    }
  }

  /** Runs the compiled script and takes its one experiment. */
  private fun run(script: Path, text: String, compiled: CompiledScript): ExperimentSpec {
    val path = script.toString()
    val result = runBlocking { evaluator(compiled, evaluationConfiguration) }
    val value = when (result) {
      is ResultWithDiagnostics.Success -> result.value.returnValue
      is ResultWithDiagnostics.Failure ->
        throw ScriptException(script, result.reports.filter { it.severity >= ScriptDiagnostic.Severity.ERROR }
            .map { "$path:${located(it)}" }.ifEmpty { listOf("$path: cannot run the script") })
    }
    if (value is ResultValue.Error) throw raised(script, text, value)
    val instance = value.scriptInstance as? FlowScript
        ?: throw ScriptException(script, listOf("$path: is not a flow script (its class does not extend ${FlowScript::class.java.name})"))
    return instance.experiments.singleOrNull()
        ?: throw ScriptException(script, listOf("$path: defines no experiment; add experiment(\"name\") { ... }"))
  }

  /** An exception the running script raised, located at the script line it came from. */
  private fun raised(script: Path, text: String, value: ResultValue.Error): ScriptException {
    val error = value.error
    val message = when {
      error is FlowbridgeException && error.message != null -> error.message!!
      error.message != null -> "${error.javaClass.simpleName}: ${error.message}"
      else -> error.javaClass.name
    }
    val lines = text.lines()
    val line = value.scriptClass?.let { ScriptFrames.scriptLine(error, it.java, lines.size) }
    val where = if (line == null) "$script" else {
      val column = lines[line - 1].indexOfFirst { !it.isWhitespace() }.coerceAtLeast(0) + 1
      "$script:$line:$column"
    }
    return ScriptException(script, listOf("$where: $message"), cause = error)
  }

  /** `line:col: message`, or ` message` when the diagnostic has no location. */
  private fun located(d: ScriptDiagnostic, prefix: String = ""): String {
    val start = d.location?.start
    val where = if (start != null) "${start.line}:${start.col}:" else ""
    val cause = d.exception?.takeIf { e -> e.message == null || !d.message.contains(e.message!!) }
        ?.let { e -> " (${e.javaClass.simpleName}${e.message?.let { ": $it" } ?: ""})" } ?: ""
    return "$where $prefix${d.message}$cause"
  }

  companion object {
    /** `~/.cache/flowbridge/scripts`. */
    @JvmStatic
    fun defaultCacheDir(): Path = Path.of(System.getProperty("user.home"), ".cache", "flowbridge", "scripts")

    /** The embedded compiler is shared by the whole JVM; compile one script at a time. */
    private val COMPILER_LOCK = Any()

    private val compiler by lazy { JvmScriptCompiler() }
    private val evaluator by lazy { BasicJvmScriptEvaluator() }
    private val compilationConfiguration by lazy { createJvmCompilationConfigurationFromTemplate<FlowScript>() }
    // The definition object itself, not the template (reading the annotation pulls in kotlin-reflect,
    // hundreds of classes, on the cached path that otherwise takes milliseconds).
    private val evaluationConfiguration get() = FlowScriptEvaluation
  }
}
