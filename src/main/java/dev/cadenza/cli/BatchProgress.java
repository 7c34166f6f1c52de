package dev.cadenza.cli;

import dev.cadenza.batch.Batch;
import dev.cadenza.spec.BatchSummary;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch's progress on stderr: a bar of jobs ended on a terminal, and a line for each job that
 * ends (and each warning), which is all a pipe gets. Errors (a failed job) show even with -q.
 */
final class BatchProgress implements Batch.Listener, AutoCloseable {

  private final Streams streams;
  private final CommonOptions common;
  private final AtomicInteger ended = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final long delayMillis;
  private volatile Progress bar;
  private volatile int total;

  BatchProgress(Streams streams, CommonOptions common) {
    this(streams, common, Progress.DELAY_MILLIS);
  }

  /** With the bar drawn after {@code delayMillis} (tests draw it at once). */
  BatchProgress(Streams streams, CommonOptions common, long delayMillis) {
    this.streams = streams;
    this.common = common;
    this.delayMillis = delayMillis;
  }

  @Override
  public void planned(int toRun, int all) {
    total = toRun;
    bar =
        new Progress(
            streams,
            "batch",
            toRun,
            new Progress.Unit(" jobs", 1),
            streams.errIsTerminal() && !common.quiet(),
            delayMillis);
    if (all > toRun) {
      say(String.format(Locale.ROOT, "%d of %d jobs done before, skipped", all - toRun, all));
    }
  }

  @Override
  public void started(String id) {
    running.incrementAndGet();
    update();
  }

  @Override
  public void line(String id, String text) {
    if (text.startsWith("warning: ")) {
      say(id + ": " + text);
    }
  }

  @Override
  public void finished(BatchSummary.Job job) {
    if ("skipped".equals(job.state()) || "pending".equals(job.state())) {
      return;
    }
    running.decrementAndGet();
    int n = ended.incrementAndGet();
    String head = "[" + n + "/" + total + "] " + job.id() + ": ";
    if ("done".equals(job.state())) {
      say(head + String.format(Locale.ROOT, "done in %.1f s", job.seconds()));
    } else {
      print(head + "failed (exit " + job.exitCode() + "): " + job.reason());
    }
    update();
  }

  private void update() {
    Progress p = bar;
    if (p != null) {
      p.message(running.get() + " running");
      p.accept(ended.get());
    }
  }

  /** News, quiet with -q. */
  private void say(String text) {
    if (!common.quiet()) {
      print(text);
    }
  }

  private void print(String text) {
    String line = Messages.line("cadenza batch: " + text);
    Progress p = bar;
    if (p != null) {
      p.println(line);
    } else {
      streams.err().println(line);
    }
  }

  @Override
  public void close() {
    Progress p = bar;
    if (p != null) {
      p.close();
    }
  }
}
