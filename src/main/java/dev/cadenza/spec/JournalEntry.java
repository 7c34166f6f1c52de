package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One line of a {@code cadenza batch} journal ({@code OUTDIR/journal*.jsonl}), appended and flushed
 * to disk before the batch goes on. docs/design.md ("batch") says what each event means.
 *
 * @param event planned, started, done or failed
 * @param id the job (null for planned)
 * @param fingerprint SHA-256 of what the job's outputs depend on (null for planned)
 * @param time when, UTC, as yyyy-MM-ddTHH:mm:ss.SSSZ (sorts as text)
 * @param host the machine that wrote it
 * @param pid the process that wrote it
 * @param shard for planned: the share taken, "K/N"
 * @param jobs for planned: the ids of the share, in the jobs file's order
 * @param outputs for done: each file of the job's folder (relative, '/' separated) and its SHA-256
 * @param seconds for done and failed: how long the job took
 * @param timings for done: seconds per stage, as produce's report has them
 * @param peakRssBytes for done: the process's peak resident memory so far (Linux; else null)
 * @param exitCode for failed: what produce would have exited with
 * @param reason for failed: why, in one line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
    String event,
    String id,
    String fingerprint,
    String time,
    String host,
    Long pid,
    String shard,
    List<String> jobs,
    Map<String, String> outputs,
    Double seconds,
    Map<String, Double> timings,
    Long peakRssBytes,
    Integer exitCode,
    String reason) {

  public static final String PLANNED = "planned";
  public static final String STARTED = "started";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
}
