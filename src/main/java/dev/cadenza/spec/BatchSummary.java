package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code cadenza.batch/1} document: what {@code cadenza batch} did with its share of a jobs
 * file (printed on stdout at the end), or what a batch folder's journals say of each job ({@code
 * cadenza batch --status}).
 *
 * @param outdir the batch folder
 * @param shard the share taken, "K/N" (1/1 for all)
 * @param counts how many jobs are in each state
 * @param jobs each job, in the order of the jobs file (of the journal for --status)
 * @param passed whether every job of the share is done and no line was bad
 */
public record BatchSummary(
    String schema, String outdir, String shard, Counts counts, List<Job> jobs, boolean passed) {

  /**
   * Jobs per state.
   *
   * @param done produced and checked in this run
   * @param skipped done by an earlier run with the same inputs, left as they were
   * @param failed produce failed (QA, or the job's own input)
   * @param bad the line is not a job: malformed, or a duplicate id
   * @param pending not started (left by --fail-fast, or, for --status, not yet run)
   * @param running started and not finished (for --status: running now, or on another machine and
   *     perhaps killed)
   * @param interrupted for --status: started by a process on this machine that is gone (killed, or
   *     the machine restarted); the next run redoes it
   */
  public record Counts(
      int done, int skipped, int failed, int bad, int pending, int running, int interrupted) {}

  /**
   * One job.
   *
   * @param id the job's id (null for a line with none)
   * @param line its line in the jobs file (null for --status)
   * @param state done, skipped, failed, bad, pending, running or interrupted
   * @param exitCode what produce would have exited with (0 for done and skipped)
   * @param reason why it failed or is bad, in one line
   * @param seconds how long it took in this run
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Job(
      String id, Integer line, String state, Integer exitCode, String reason, Double seconds) {}
}
