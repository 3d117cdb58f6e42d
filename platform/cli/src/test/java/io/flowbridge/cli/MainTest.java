package io.flowbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Exit codes and messages of the command line that need no plugins. */
class MainTest {
  static synchronized String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new String[] {Integer.toString(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void missingScriptIsABadInputError() {
    String[] r = run("run", "nowhere.flow.kts");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("flowbridge: script nowhere.flow.kts not found"), r[2]);
  }

  @Test
  void unknownOptionIsAUsageError() {
    String[] r = run("run", "--stepz", "3", "x.flow.kts");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("Unknown options: '--stepz'") && r[2].contains("Usage: flowbridge run"), r[2]);
  }

  @Test
  void helpListsTheCommands() {
    String[] r = run("--help");
    assertEquals("0", r[0]);
    for (String c : new String[] {"run", "plugins", "bench"}) assertTrue(r[1].contains(c), r[1]);
  }
}
