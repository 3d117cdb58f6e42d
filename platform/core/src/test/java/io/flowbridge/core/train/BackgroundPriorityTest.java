package io.flowbridge.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {
  /** The calling thread's nice value, field 19 of /proc/thread-self/stat. */
  static int niceOfCurrentThread() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Integer.parseInt(fields[16]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean reniceAvailable() {
    if (!Files.isSymbolicLink(Path.of("/proc/thread-self"))) {
      return false;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "renice"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void lowersOnlyTheCallingThread() throws InterruptedException {
    assumeTrue(reniceAvailable(), "needs Linux /proc/thread-self and renice");
    int before = niceOfCurrentThread();
    AtomicInteger seen = new AtomicInteger(-100);
    AtomicInteger set = new AtomicInteger();
    Thread worker = new Thread(() -> {
      set.set(BackgroundPriority.lowerCurrentThread(13) ? 1 : 0);
      seen.set(niceOfCurrentThread());
    });
    worker.start();
    worker.join();
    assertEquals(1, set.get(), "renice reported failure");
    assertEquals(Math.max(13, before), seen.get(), "nice value of the lowered thread");
    assertEquals(before, niceOfCurrentThread(), "the calling test thread is unchanged");
  }

  @Test
  void zeroLeavesThePriorityAlone() {
    assertFalse(BackgroundPriority.lowerCurrentThread(0));
  }

  @Test
  void configuredNiceDefaultsTo19AndRejectsBadValues() {
    String old = System.getProperty(BackgroundPriority.PROPERTY);
    try {
      System.clearProperty(BackgroundPriority.PROPERTY);
      assertEquals(19, BackgroundPriority.configuredNice());
      System.setProperty(BackgroundPriority.PROPERTY, " 7 ");
      assertEquals(7, BackgroundPriority.configuredNice());
      for (String bad : new String[] {"20", "-1", "low"}) {
        System.setProperty(BackgroundPriority.PROPERTY, bad);
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, BackgroundPriority::configuredNice);
        assertTrue(
            e.getMessage().contains("flowbridge.workers.nice") && e.getMessage().contains(bad),
            e.getMessage());
      }
    } finally {
      if (old == null) {
        System.clearProperty(BackgroundPriority.PROPERTY);
      } else {
        System.setProperty(BackgroundPriority.PROPERTY, old);
      }
    }
  }
}
