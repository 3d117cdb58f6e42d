package io.flowbridge.core.run;

import io.flowbridge.api.error.FlowbridgeException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the whole new content: the bytes
 * go to a hidden temporary file in the same directory, which is then renamed over the target.
 */
final class AtomicFiles {
  /** Prefix of the temporary files, so a crash leaves something recognisable. */
  static final String TEMP_PREFIX = ".flowbridge-";

  /** The body that produces a file's bytes. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  static void write(Path target, Body body) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile(target.getParent(), TEMP_PREFIX + target.getFileName() + ".", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems (certain network mounts) cannot rename atomically; a plain replace
        // is still better than failing the run at its very end.
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | UncheckedIOException e) {
      throw new FlowbridgeException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // The original failure is the one worth reporting.
        }
      }
    }
  }
}
