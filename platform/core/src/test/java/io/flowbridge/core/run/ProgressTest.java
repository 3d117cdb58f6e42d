package io.flowbridge.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void disabledPrintsNothing() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Progress progress = Progress.start("train", 100, false)) {
      for (int i = 1; i <= 100; i++) {
        progress.stepTo(i);
        progress.extra("loss " + i);
      }
    } finally {
      System.setErr(original);
    }
    assertEquals(0, captured.size());
  }

  @Test
  void logModePrintsFewWholeLinesEndingWithFinalState() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8);
    try (Progress progress = Progress.start("train", 1000, err, false, Duration.ofHours(1))) {
      for (int i = 1; i <= 1000; i++) {
        progress.stepTo(i);
      }
      progress.extra("loss 0.0123");
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    List<String> lines = out.lines().toList();

    assertTrue(lines.size() >= 1 && lines.size() <= 2, () -> "expected start and end lines only:\n" + out);
    assertTrue(!out.contains("\r"), "no carriage returns in log mode");
    String last = lines.get(lines.size() - 1);
    assertTrue(last.contains("100%") && last.contains("1000/1000"), last);
    assertTrue(last.contains("steps/s"), last);
    assertTrue(last.endsWith("loss 0.0123"), last);
  }

  @Test
  void closeTwiceIsHarmless() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Progress progress = Progress.start("x", 1, new PrintStream(captured), false, Duration.ZERO);
    progress.stepTo(1);
    progress.close();
    progress.close();
    assertTrue(captured.size() > 0);
  }
}
