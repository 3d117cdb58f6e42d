package io.flowbridge.dsl

import java.io.ByteArrayInputStream
import java.io.DataInputStream

/**
 * Finds the script line an exception was raised at: the topmost stack frame in the script's
 * classes. Code inlined from a library (`require`, `error`, `check`) carries line numbers past
 * the end of the file; the class's SMAP (`KotlinDebug` stratum, JSR-45) maps them back to the
 * call site.
 */
internal object ScriptFrames {
  fun scriptLine(error: Throwable, scriptClass: Class<*>, lineCount: Int): Int? {
    val name = scriptClass.name
    val frames = generateSequence(error) { it.cause }.flatMap { it.stackTrace.asSequence() }
    for (frame in frames) {
      if (frame.className != name && !frame.className.startsWith("$name$")) continue
      var line = frame.lineNumber
      if (line > lineCount) line = callSiteOf(scriptClass.classLoader, frame.className, line) ?: continue
      if (line in 1..lineCount) return line
    }
    return null
  }

  private fun callSiteOf(loader: ClassLoader?, className: String, line: Int): Int? {
    val bytes = loader?.getResourceAsStream(className.replace('.', '/') + ".class")?.use { it.readBytes() } ?: return null
    val smap = runCatching { sourceDebugExtension(bytes) }.getOrNull() ?: return null
    return mapLine(smap, "KotlinDebug", line)
  }

  /** Maps an output line through the line section of [stratum]: `in#file,repeat:out,increment`. */
  fun mapLine(smap: String, stratum: String, line: Int): Int? {
    var inStratum = false
    var inLines = false
    for (raw in smap.lineSequence()) {
      val text = raw.trim()
      when {
        text.startsWith("*S ") -> inStratum = text.removePrefix("*S ").trim() == stratum
        text == "*L" -> inLines = inStratum
        text.startsWith("*") -> inLines = false
        inLines -> {
          val m = LINE_INFO.matchEntire(text) ?: continue
          val inStart = m.groupValues[1].toInt()
          val repeat = m.groupValues[3].ifEmpty { "1" }.toInt()
          val outStart = m.groupValues[4].toInt()
          val increment = m.groupValues[5].ifEmpty { "1" }.toInt()
          for (i in 0 until repeat) {
            val from = outStart + i * increment
            val to = from + maxOf(increment, 1) - 1
            if (line in from..to) return inStart + i
          }
        }
      }
    }
    return null
  }

  private val LINE_INFO = Regex("""(\d+)(?:#(\d+))?(?:,(\d+))?:(\d+)(?:,(\d+))?""")

  /** The SourceDebugExtension attribute of a class file, read by walking the class file format. */
  private fun sourceDebugExtension(classFile: ByteArray): String? {
    val input = DataInputStream(ByteArrayInputStream(classFile))
    if (input.readInt() != 0xCAFEBABE.toInt()) return null
    input.skipNBytes(4)
    val count = input.readUnsignedShort()
    val utf8 = arrayOfNulls<String>(count)
    var i = 1
    while (i < count) {
      when (val tag = input.readUnsignedByte()) {
        1 -> utf8[i] = input.readUTF()
        3, 4 -> input.skipNBytes(4)
        5, 6 -> { input.skipNBytes(8); i++ }
        7, 8, 16, 19, 20 -> input.skipNBytes(2)
        9, 10, 11, 12, 17, 18 -> input.skipNBytes(4)
        15 -> input.skipNBytes(3)
        else -> throw IllegalArgumentException("constant pool tag $tag")
      }
      i++
    }
    input.skipNBytes(6)
    input.skipNBytes(2L * input.readUnsignedShort())
    repeat(2) { // fields, then methods
      repeat(input.readUnsignedShort()) {
        input.skipNBytes(6)
        repeat(input.readUnsignedShort()) { input.skipNBytes(2); input.skipNBytes(input.readInt().toLong()) }
      }
    }
    repeat(input.readUnsignedShort()) {
      val name = utf8[input.readUnsignedShort()]
      val length = input.readInt()
      if (name == "SourceDebugExtension") return String(input.readNBytes(length), Charsets.UTF_8)
      input.skipNBytes(length.toLong())
    }
    return null
  }
}
