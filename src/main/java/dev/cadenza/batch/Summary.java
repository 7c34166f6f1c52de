package dev.cadenza.batch;

import dev.cadenza.spec.BatchSummary;
import dev.cadenza.spec.Contract;
import java.util.List;

/** A {@code cadenza.batch/1} summary of jobs and their states, counted. */
final class Summary {

  static final String DONE = "done";
  static final String SKIPPED = "skipped";
  static final String FAILED = "failed";
  static final String BAD = "bad";
  static final String PENDING = "pending";
  static final String RUNNING = "running";
  static final String INTERRUPTED = "interrupted";

  private Summary() {}

  static BatchSummary of(String outdir, String shard, List<BatchSummary.Job> jobs) {
    BatchSummary.Counts counts =
        new BatchSummary.Counts(
            count(jobs, DONE),
            count(jobs, SKIPPED),
            count(jobs, FAILED),
            count(jobs, BAD),
            count(jobs, PENDING),
            count(jobs, RUNNING),
            count(jobs, INTERRUPTED));
    boolean passed = count(jobs, DONE) + count(jobs, SKIPPED) == jobs.size();
    return new BatchSummary(Contract.BATCH.tag(), outdir, shard, counts, List.copyOf(jobs), passed);
  }

  private static int count(List<BatchSummary.Job> jobs, String state) {
    return (int) jobs.stream().filter(j -> state.equals(j.state())).count();
  }
}
