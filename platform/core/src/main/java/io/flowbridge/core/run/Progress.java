package io.flowbridge.core.run;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for a long loop (training steps, samples), showing percentage,
 * steps/s, ETA and a free-form message such as the current loss.
 *
 * <p>On a terminal the bar redraws in place four times a second. When stderr is not a terminal
 * (redirected to a file, CI logs) progressbar's own console consumer would still write {@code
 * "\r" + bar} every update — one line per update in most log viewers — so instead a full line is
 * printed at the start, then at most every {@value #LOG_INTERVAL_SECONDS} seconds, and at the end.
 * Disabled progress prints nothing.
 */
public final class Progress implements AutoCloseable {
  static final long LOG_INTERVAL_SECONDS = 30;

  private final ProgressBar bar; // null when disabled
  private boolean closed;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * Starts a bar for {@code total} steps; with {@code enabled = false} (tests, {@code --quiet})
   * every method is a no-op and nothing is printed.
   */
  public static Progress start(String task, long total, boolean enabled) {
    if (!enabled) {
      return new Progress(null);
    }
    return start(task, total, System.err, stderrIsTerminal(), Duration.ofSeconds(LOG_INTERVAL_SECONDS));
  }

  /** Testable form: the stream, whether it is a terminal, and the log-mode line interval. */
  static Progress start(String task, long total, PrintStream err, boolean terminal, Duration logInterval) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(" steps", 1)
        .showSpeed(new DecimalFormat("0.0"))
        .setSpeedUnit(ChronoUnit.SECONDS);
    if (terminal) {
      builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(err));
    } else {
      builder.setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(1000)
          .setConsumer(new LogLineConsumer(err, logInterval));
    }
    return new Progress(builder.build());
  }

  /** Sets the number of completed steps. */
  public void stepTo(long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  /** Shows {@code message} after the bar, e.g. {@code "loss 0.0123"}. */
  public void extra(String message) {
    if (bar != null) {
      bar.setExtraMessage(message.isEmpty() ? message : " " + message);
    }
  }

  /** Renders the final state and ends the line; safe to call twice. */
  @Override
  public void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
    }
  }

  /**
   * Whether fd 2 is a terminal. Linux says so exactly through /proc; elsewhere, fall back to
   * {@link System#console()}, which only knows about stdin and stdout.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // No /proc, or not allowed to read it: use the portable guess below.
    }
    return System.console() != null;
  }

  /** Prints whole lines, throttled, for streams that are files or pipes. */
  static final class LogLineConsumer implements ProgressBarConsumer {
    private static final int WIDTH = 120;
    private final PrintStream out;
    private final long intervalNanos;
    private long lastPrinted = Long.MIN_VALUE;
    private String pending;

    LogLineConsumer(PrintStream out, Duration interval) {
      this.out = out;
      this.intervalNanos = interval.toNanos();
    }

    @Override
    public int getMaxRenderedLength() {
      return WIDTH;
    }

    @Override
    public synchronized void accept(String rendered) {
      long now = System.nanoTime();
      if (lastPrinted == Long.MIN_VALUE || now - lastPrinted >= intervalNanos) {
        print(rendered);
        lastPrinted = now;
      } else {
        pending = rendered;
      }
    }

    @Override
    public synchronized void close() {
      if (pending != null) {
        print(pending);
      }
      out.flush();
    }

    private void print(String rendered) {
      out.println(rendered.strip());
      pending = null;
    }
  }
}
