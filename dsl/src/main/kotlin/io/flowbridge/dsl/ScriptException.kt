package io.flowbridge.dsl

import io.flowbridge.api.error.FlowbridgeException
import java.nio.file.Path

/**
 * A flow script that does not compile, or that failed while running: the message holds one
 * `path:line:col: message` line per error (the column is where the line's code starts when the
 * error comes from a running script). Compiler warnings are in [warnings], not in the message.
 */
class ScriptException(
    /** The script at fault. */
    val script: Path,
    /** One `path:line:col: message` (or `path: message`) line per error. */
    val errors: List<String>,
    /** One `path:line:col: warning: message` line per compiler warning. */
    val warnings: List<String> = emptyList(),
    cause: Throwable? = null,
) : FlowbridgeException(errors.joinToString("\n"), cause)
