package io.flowbridge.cli;

import io.flowbridge.core.engine.RunResult;
import java.util.Locale;

/** The one-line summary printed at the end of a run. */
final class Summaries {
  private Summaries() {}

  static String oneLine(String name, RunResult r) {
    return String.format(Locale.ROOT,
        "%s: w2 %.3f (floor %.3f, untrained %.3f) | final loss %.4f | %.0f train steps/s | nfe %d | %s",
        name, r.metric("w2"), r.metric("w2_floor"), r.metric("w2_untrained"), r.metric("final_loss"),
        r.metric("train_steps_per_second"), (int) r.metric("nfe"), r.dir() == null ? "(not saved)" : r.dir());
  }
}
