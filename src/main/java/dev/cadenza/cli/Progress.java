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

  private final Streams streams;
  private final String task;
  private final long total;
  private final long unitSize;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private ProgressBar bar;

  private Progress(Streams streams, String task, long total, long unitSize, boolean enabled) {
    this.streams = streams;
    this.task = task;
    this.total = total;
    this.unitSize = unitSize;
    this.enabled = enabled;
  }

  /**
   * A progress reporter for {@code totalFrames} frames of audio (-1 when unknown), shown as seconds
   * of audio done.
   */
  static Progress ofFrames(
      Streams streams, CommonOptions common, String task, long totalFrames, int sampleRate) {
    return new Progress(
        streams, task, totalFrames, sampleRate, streams.errIsTerminal() && !common.quiet());
  }

  @Override
  public void accept(long done) {
    if (!enabled) {
      return;
    }
    if (bar == null) {
      if ((System.nanoTime() - start) / 1_000_000 < DELAY_MILLIS) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setUnit(" s", unitSize)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(streams.err()))
              .setUpdateIntervalMillis(250)
              .build();
    }
    bar.stepTo(done);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
