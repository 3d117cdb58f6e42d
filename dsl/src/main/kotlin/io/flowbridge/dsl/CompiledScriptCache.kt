package io.flowbridge.dsl

import java.io.IOException
import java.net.URLClassLoader
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.security.MessageDigest
import java.util.jar.Attributes
import java.util.jar.JarFile
import kotlin.script.experimental.jvm.impl.KJvmCompiledScript
import kotlin.script.experimental.jvm.impl.createScriptFromClassLoader
import kotlin.script.experimental.jvmhost.saveToJar

/**
 * Compiled scripts on disk: `<key>.jar` holds a script's classes and compiled form (Kotlin's
 * `saveToJar` format), `<key>.warnings` the compiler's warnings to replay. The key is a SHA-256 of
 * the script text together with [ScriptClasspath.fingerprint], so editing the script or changing
 * the DSL or its dependencies compiles afresh. Files are written under temporary names and moved
 * into place, the jar last, so a concurrent loader never reads a half-written entry.
 */
internal class CompiledScriptCache(val directory: Path) {

  /** A compiled script from the cache, with the class loader to close once it has run. */
  class Entry(val script: KJvmCompiledScript, val warnings: List<String>, val loader: URLClassLoader)

  fun key(text: String): String {
    val digest = MessageDigest.getInstance("SHA-256")
    digest.update(ScriptClasspath.fingerprint.toByteArray(Charsets.UTF_8))
    digest.update(0)
    digest.update(text.toByteArray(Charsets.UTF_8))
    return digest.digest().joinToString("") { "%02x".format(it) }
  }

  fun file(key: String): Path = directory.resolve("$key.jar")

  private fun warningsFile(key: String): Path = directory.resolve("$key.warnings")

  /** The cached script for [key], or null if absent or unreadable (an unreadable jar is removed). */
  fun get(key: String): Entry? {
    val file = file(key)
    if (!Files.isRegularFile(file)) return null
    return try {
      val mainClass = JarFile(file.toFile()).use { jar ->
        jar.manifest?.mainAttributes?.getValue(Attributes.Name.MAIN_CLASS) ?: throw IOException("no Main-Class")
      }
      val notes = warningsFile(key).takeIf { Files.isRegularFile(it) }?.let { Files.readAllLines(it) }.orEmpty()
      // Parent-first below the DSL's loader: the script shares FlowScript and the core types.
      val loader = URLClassLoader(arrayOf(file.toUri().toURL()), FlowScript::class.java.classLoader)
      try {
        Entry(createScriptFromClassLoader(mainClass, loader), notes.filter { it.isNotEmpty() }, loader)
      } catch (e: Exception) {
        loader.close()
        throw e
      }
    } catch (e: Exception) {
      runCatching { Files.deleteIfExists(file) }
      null
    }
  }

  /**
   * Stores [script] under [key] with its [warnings] (`line:col: message`, without the path). Returns
   * false if the cache directory cannot be written; the script then simply recompiles next time.
   */
  fun put(key: String, script: KJvmCompiledScript, warnings: List<String>): Boolean {
    var jarTemp: Path? = null
    var notesTemp: Path? = null
    return try {
      Files.createDirectories(directory)
      if (warnings.isNotEmpty()) {
        notesTemp = Files.createTempFile(directory, "$key-", ".tmp")
        Files.write(notesTemp, warnings)
        Files.move(notesTemp, warningsFile(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
      }
      jarTemp = Files.createTempFile(directory, "$key-", ".tmp")
      script.saveToJar(jarTemp.toFile())
      Files.move(jarTemp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
      true
    } catch (e: Exception) {
      false
    } finally {
      for (temp in listOfNotNull(jarTemp, notesTemp)) runCatching { Files.deleteIfExists(temp) }
    }
  }
}
