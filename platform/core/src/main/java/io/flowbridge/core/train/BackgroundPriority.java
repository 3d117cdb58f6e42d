package io.flowbridge.core.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the scheduling priority of the thread that calls it, so that minibatch workers only get
 * the processor time the training step leaves over.
 *
 * <p>Why: with a pipelined coupling, the training thread (TensorFlow's step) is the critical path,
 * and on a machine with as many busy workers as cores the kernel shares every core fairly: the
 * step is descheduled a third of the time on 2 cores with 2 workers. Measured on 2 vCPUs with
 * pipelined exact OT (batch 256): the step took 1.15–1.25 ms at normal priority and 0.68 ms with
 * the workers at nice 19, and the run went from 667–727 to 814–838 steps/s (docs/performance.md).
 * The workers still use every cycle the step does not.
 *
 * <p>How: Linux sets the nice value per thread, but the JVM offers no call for it (Java thread
 * priorities are ignored unless the JVM runs with {@code -XX:ThreadPriorityPolicy=1}, which
 * prints a warning at every start when not root). So the thread finds its kernel id in
 * {@code /proc/thread-self} and runs {@code renice} on it, once per worker thread. Raising one's
 * own nice value needs no privilege. Elsewhere (no {@code /proc/thread-self}, no {@code renice})
 * nothing changes. {@code -Dflowbridge.workers.nice=N} (0–19, default 19) picks the value; 0
 * leaves the workers at normal priority.
 */
final class BackgroundPriority {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
  static final String PROPERTY = "flowbridge.workers.nice";
  static final int DEFAULT_NICE = 19;

  private BackgroundPriority() {}

  /** The nice value {@value #PROPERTY} asks for, or the default; rejects values outside 0–19. */
  static int configuredNice() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_NICE;
    }
    int nice;
    try {
      nice = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be an integer from 0 to 19, got '" + value + "'", e);
    }
    if (nice < 0 || nice > 19) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be from 0 (normal priority) to 19 (lowest), got " + nice);
    }
    return nice;
  }

  /**
   * Sets the calling thread's nice value (Linux); returns whether it was set. A failure is logged
   * at debug level and otherwise ignored: priority is an optimisation, never a requirement.
   */
  static boolean lowerCurrentThread(int nice) {
    if (nice == 0) {
      return false;
    }
    Path self = Path.of("/proc/thread-self");
    try {
      if (!Files.isSymbolicLink(self)) {
        return false;
      }
      String link = Files.readSymbolicLink(self).toString(); // "<pid>/task/<tid>"
      String tid = link.substring(link.lastIndexOf('/') + 1);
      Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", tid)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        LOG.debug("renice of worker thread {} timed out", tid);
        return false;
      }
      boolean done = renice.exitValue() == 0;
      if (!done) {
        LOG.debug("renice of worker thread {} exited with {}", tid, renice.exitValue());
      }
      return done;
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not lower the priority of a worker thread: {}", e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
