package dev.cadenza.batch;

import dev.cadenza.spec.JournalEntry;
import java.util.List;
import java.util.Map;

/**
 * The four kinds of journal entry, each stamped with when, where and by which process it was
 * written. An entry carries only the fields its event defines (docs/design.md, "batch").
 */
final class JournalEntries {

  private JournalEntries() {}

  /** A run took a share: its jobs, in the jobs file's order. */
  static JournalEntry planned(String shard, List<String> ids) {
    return stamped(JournalEntry.PLANNED, null, null, shard, ids, null, null, null, null, null);
  }

  /** A job started; until its done or failed entry, it is running or was killed. */
  static JournalEntry started(String id, String fingerprint) {
    return stamped(JournalEntry.STARTED, id, fingerprint, null, null, null, null, null, null, null);
  }

  /** A job's outputs are in place: their checksums, how long it took, the process's peak memory. */
  static JournalEntry done(
      String id, String fingerprint, JobRunner.Outcome outcome, double seconds) {
    return stamped(
        JournalEntry.DONE,
        id,
        fingerprint,
        null,
        null,
        outcome.outputs(),
        seconds,
        outcome.timings(),
        null,
        null);
  }

  /** A job failed: produce's exit code for it and the reason in one line. */
  static JournalEntry failed(
      String id, String fingerprint, JobRunner.Outcome outcome, double seconds) {
    return stamped(
        JournalEntry.FAILED,
        id,
        fingerprint,
        null,
        null,
        null,
        seconds,
        null,
        outcome.exitCode(),
        outcome.reason());
  }

  private static JournalEntry stamped(
      String event,
      String id,
      String fingerprint,
      String shard,
      List<String> jobs,
      Map<String, String> outputs,
      Double seconds,
      Map<String, Double> timings,
      Integer exitCode,
      String reason) {
    Long peakRss = JournalEntry.DONE.equals(event) ? Machine.peakRssBytes() : null;
    return new JournalEntry(
        event,
        id,
        fingerprint,
        Machine.now(),
        Machine.host(),
        Machine.pid(),
        shard,
        jobs,
        outputs,
        seconds,
        timings,
        peakRss,
        exitCode,
        reason);
  }
}
