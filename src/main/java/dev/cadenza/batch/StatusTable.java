package dev.cadenza.batch;

import dev.cadenza.spec.BatchSummary;
import java.util.Locale;

/** A batch summary as a table for people: one row a job, then the count of each state. */
public final class StatusTable {

  private StatusTable() {}

  public static String of(BatchSummary summary) {
    int width = "ID".length();
    for (BatchSummary.Job job : summary.jobs()) {
      width = Math.max(width, job.id() == null ? 1 : job.id().length());
    }
    StringBuilder out = new StringBuilder();
    String row = "%-" + width + "s  %-11s  %4s  %8s  %s%n";
    out.append(String.format(Locale.ROOT, row, "ID", "STATE", "EXIT", "SECONDS", "REASON"));
    for (BatchSummary.Job job : summary.jobs()) {
      out.append(
          String.format(
                      Locale.ROOT,
                      row,
                      job.id() == null ? "-" : job.id(),
                      job.state(),
                      job.exitCode() == null ? "" : job.exitCode(),
                      job.seconds() == null
                          ? ""
                          : String.format(Locale.ROOT, "%.1f", job.seconds()),
                      job.reason() == null ? "" : job.reason())
                  .stripTrailing()
              + "\n");
    }
    BatchSummary.Counts c = summary.counts();
    out.append(
        String.format(
            Locale.ROOT,
            "%d jobs: %d done, %d failed, %d pending, %d running, %d interrupted%n",
            summary.jobs().size(),
            c.done(),
            c.failed(),
            c.pending(),
            c.running(),
            c.interrupted()));
    return out.toString();
  }
}
