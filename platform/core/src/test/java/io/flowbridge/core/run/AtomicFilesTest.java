package io.flowbridge.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowbridge.api.error.FlowbridgeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path tmp;

  @Test
  void failedWriteKeepsOldContentAndRemovesTemporaryFile() throws IOException {
    Path target = Files.writeString(tmp.resolve("summary.json"), "old");
    FlowbridgeException e = assertThrows(FlowbridgeException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half of the new".getBytes());
      throw new IOException("disk full");
    }));
    assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("disk full"), e.getMessage());
    assertEquals("old", Files.readString(target));
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void replacesExistingFile() throws IOException {
    Path target = Files.writeString(tmp.resolve("a.txt"), "old");
    AtomicFiles.write(target, out -> out.write("new".getBytes()));
    assertEquals("new", Files.readString(target));
  }
}
