package io.flowbridge.dsl

import io.flowbridge.api.error.FlowbridgeException
import io.flowbridge.core.experiment.ExperimentBuilder
import java.io.File
import java.net.JarURLConnection
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import kotlin.io.path.isRegularFile

/**
 * The script compilation classpath: the classpath roots (jars or class directories) that hold the
 * DSL, the core experiment types, the API and the Kotlin standard library, found from marker
 * classes through the class loader. Not the whole JVM classpath: it is hashed for the cache key
 * and what it exposes is what scripts can reach.
 */
internal object ScriptClasspath {
  // TensorFlow's op and ndarray jars too: inline bridges and schedules are lambdas over TF ops.
  private val markers: List<Class<*>> =
      listOf(FlowScript::class.java, ExperimentBuilder::class.java, FlowbridgeException::class.java, Unit::class.java,
          org.tensorflow.op.Ops::class.java, org.tensorflow.ndarray.Shape::class.java)

  val files: List<File> by lazy { markers.map { rootOf(it) }.distinct() }

  /**
   * A digest of what a compiled script depends on: the DSL version, the Kotlin version and the
   * size and modification time of every classpath root (every class file of a class directory).
   */
  val fingerprint: String by lazy {
    val digest = MessageDigest.getInstance("SHA-256")
    fun add(s: String) = digest.update((s + "\n").toByteArray(Charsets.UTF_8))
    add("flowbridge-dsl definition $DEFINITION_VERSION")
    add("kotlin ${KotlinVersion.CURRENT}")
    for (root in files) {
      add(root.absolutePath)
      if (root.isDirectory) {
        Files.walk(root.toPath()).use { paths ->
          paths.filter { it.isRegularFile() }.sorted().forEach { add(stamp(it)) }
        }
      } else {
        add(stamp(root.toPath()))
      }
    }
    digest.digest().joinToString("") { "%02x".format(it) }
  }

  /** Bump when the meaning of scripts changes without any classpath file changing. */
  private const val DEFINITION_VERSION = 1

  private fun stamp(p: Path) = "$p ${Files.size(p)} ${Files.getLastModifiedTime(p).toMillis()}"

  private fun rootOf(c: Class<*>): File {
    c.protectionDomain?.codeSource?.location?.let { url ->
      if (url.protocol == "file") return File(url.toURI())
    }
    // No code source (some custom loaders): derive the root from where the class file is.
    val resource = c.name.replace('.', '/') + ".class"
    val url = (c.classLoader ?: ClassLoader.getSystemClassLoader()).getResource(resource)
        ?: throw IllegalStateException("cannot locate the classpath entry of ${c.name}")
    return when (url.protocol) {
      "jar" -> File((url.openConnection() as JarURLConnection).jarFileURL.toURI())
      "file" -> File(url.toURI()).path.removeSuffix(resource.replace('/', File.separatorChar)).let(::File)
      else -> throw IllegalStateException("cannot use $url (class ${c.name}) on a script classpath")
    }
  }
}
