package io.flowbridge.cli;

import io.flowbridge.core.engine.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one-line summaries printed at the end of a run or an evaluation. */
final class Summaries {
  private Summaries() {}

  static String oneLine(String name, RunResult r) {
    return name + ": " + metrics(r.summary()) + String.format(Locale.ROOT, " | final loss %.4f | %.0f train steps/s | %s",
        r.metric("final_loss"), r.metric("train_steps_per_second"), r.dir() == null ? "(not saved)" : r.dir());
  }

  /** The metrics present, each with its reference value where there is one. */
  static String metrics(Map<String, Object> s) {
    List<String> parts = new ArrayList<>();
    if (s.containsKey("w2")) {
      parts.add(String.format(Locale.ROOT, "w2 %.3f (floor %.3f%s)", num(s, "w2"), num(s, "w2_floor"),
          s.containsKey("w2_untrained") ? String.format(Locale.ROOT, ", untrained %.3f", num(s, "w2_untrained")) : ""));
    }
    if (s.containsKey("mmd")) parts.add(String.format(Locale.ROOT, "mmd %.4f (floor %.4f)", num(s, "mmd"), num(s, "mmd_floor")));
    if (s.containsKey("npe")) parts.add(String.format(Locale.ROOT, "npe %.3f", num(s, "npe")));
    if (s.containsKey("straightness")) parts.add(String.format(Locale.ROOT, "straightness %.4f", num(s, "straightness")));
    if (s.containsKey("nll")) {
      parts.add(String.format(Locale.ROOT, "nll %.3f nats (%.3f bits/dim)", num(s, "nll"), num(s, "nll_bits_per_dim")));
    }
    parts.add("nfe " + ((Number) s.get("nfe")).intValue());
    return String.join(" | ", parts);
  }

  private static double num(Map<String, Object> s, String key) {
    return ((Number) s.get(key)).doubleValue();
  }
}
