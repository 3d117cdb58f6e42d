package io.flowbridge.cli;

import io.flowbridge.core.train.TrainingStats;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The rows of {@code bench train}: one per coupling and round as they are measured, then each
 * coupling's medians over the rounds. A coupling's share of independent is taken within each
 * round (the two ran seconds apart) and the summary gives the median of those shares: on a shared
 * machine whose speed drifts by ±30% over minutes, a ratio of two runs far apart says more about
 * the drift than about the coupling.
 */
final class TrainBenchTable {
  private static final String HEADER = "%-6s %-12s %10s %9s %9s %9s %9s %14s%n";
  private static final String ROW = "%-6s %-12s %10.0f %9.3f %9.3f %9.3f %9.3f %14s%n";

  /** One measurement: steps/s and per-step milliseconds drawing, coupling, waiting, in TF. */
  private record Row(double stepsPerSecond, double draw, double couple, double waiting, double tf,
      double share) {}

  private final PrintStream out;
  private final Map<String, List<Row>> rows = new LinkedHashMap<>();
  private double independent = Double.NaN;
  private int round;

  TrainBenchTable(PrintStream out) {
    this.out = out;
    out.printf(Locale.ROOT, HEADER, "round", "coupling", "steps/s", "draw ms", "couple ms",
        "wait ms", "tf ms", "vs independent");
  }

  /**
   * Prints and keeps one coupling's measurement in the given round (counted from 1); couplings
   * measured after independent in the same round get their share of it.
   */
  void add(int round, String coupling, TrainingStats s) {
    double per = 1000.0 / s.steps();
    if (round != this.round) {
      this.round = round;
      independent = Double.NaN; // shares only against independent's run in the same round
    }
    if (coupling.equals("independent")) independent = s.stepsPerSecond();
    Row row = new Row(s.stepsPerSecond(), s.drawSeconds() * per, s.couplingSeconds() * per,
        s.waitSeconds() * per, s.tensorflowSeconds() * per, s.stepsPerSecond() / independent);
    rows.computeIfAbsent(coupling, k -> new ArrayList<>()).add(row);
    print(String.valueOf(round), coupling, row);
  }

  /** Prints each coupling's medians over the rounds, the share as the median of its shares. */
  void summary() {
    int rounds = rows.values().stream().mapToInt(List::size).max().orElse(0);
    if (rounds < 2) return;
    for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
      List<Row> r = e.getValue();
      print("median", e.getKey(), new Row(median(r, Row::stepsPerSecond), median(r, Row::draw),
          median(r, Row::couple), median(r, Row::waiting), median(r, Row::tf),
          median(r, Row::share)));
    }
  }

  private void print(String round, String coupling, Row r) {
    String share = Double.isNaN(r.share()) ? "-"
        : String.format(Locale.ROOT, "%.0f%%", 100 * r.share());
    out.printf(Locale.ROOT, ROW, round, coupling, r.stepsPerSecond(), r.draw(), r.couple(),
        r.waiting(), r.tf(), share);
  }

  /** The median (the mean of the middle two for an even count). */
  private static double median(List<Row> rows, ToDoubleFunction<Row> f) {
    double[] v = rows.stream().mapToDouble(f).toArray();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
