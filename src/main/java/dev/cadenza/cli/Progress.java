package dev.cadenza.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long work, shown only when stderr is a terminal and only once the
 * work has taken more than {@value #DELAY_MILLIS} ms, so quick runs and pipes stay quiet.
 */
final class Progress implements LongConsumer, AutoCloseable {

  static final long DELAY_MILLIS = 1500;

  /** The whole of work counted as a fraction done ({@link #ofFraction}). */
  static final long THOUSAND = 1000;

  /** How the amount of work is counted and shown: a unit name and how many counts make one. */
  record Unit(String name, long size) {}

  private final Streams streams;
  private final String task;
  private final long total;
  private final Unit unit;
  private final boolean enabled;
  private final long delayMillis;
  private final long start = System.nanoTime();
  private ProgressBar bar;
  private String message = "";

  Progress(Streams streams, String task, long total, Unit unit, boolean enabled, long delayMillis) {
    this.streams = streams;
    this.task = task;
    this.total = total;
    this.unit = unit;
    this.enabled = enabled;
    this.delayMillis = delayMillis;
  }

  /**
   * A progress reporter for {@code totalFrames} frames of audio (-1 when unknown), shown as seconds
   * of audio done.
   */
  static Progress ofFrames(
      Streams streams, CommonOptions common, String task, long totalFrames, int sampleRate) {
    return new Progress(
        streams,
        task,
        totalFrames,
        new Unit(" s", sampleRate),
        streams.errIsTerminal() && !common.quiet(),
        DELAY_MILLIS);
  }

  /**
   * A progress reporter for work told as thousandths done (0 to {@value #THOUSAND}), shown as a
   * percentage.
   */
  static Progress ofFraction(Streams streams, CommonOptions common, String task) {
    return new Progress(
        streams,
        task,
        THOUSAND,
        new Unit(" %", THOUSAND / 100),
        streams.errIsTerminal() && !common.quiet(),
        DELAY_MILLIS);
  }

  /** Whether a bar may be drawn: stderr is a terminal and --quiet was not given. */
  boolean enabled() {
    return enabled;
  }

  /** Shown after the bar: what the work is doing now. */
  synchronized void message(String text) {
    message = text;
    if (bar != null) {
      bar.setExtraMessage(text);
    }
  }

  /** A line of news printed above the bar, which is drawn again below it at its next update. */
  synchronized void println(String line) {
    // Carriage return and erase-line, so the line does not end in the remains of the bar.
    streams.err().print(bar == null ? line + "\n" : "\r\033[K" + line + "\n");
    streams.err().flush();
  }

  @Override
  public synchronized void accept(long done) {
    if (!enabled) {
      return;
    }
    if (bar == null) {
      if ((System.nanoTime() - start) / 1_000_000 < delayMillis) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setUnit(unit.name(), unit.size())
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(streams.err()))
              .setUpdateIntervalMillis(250)
              .build();
      bar.setExtraMessage(message);
    }
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
