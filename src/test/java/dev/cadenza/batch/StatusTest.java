package dev.cadenza.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.BatchSummary;
import dev.cadenza.spec.JournalEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --status tells a job still running from one whose process is gone. */
class StatusTest {

  @TempDir Path dir;

  private static JournalEntry started(String id, String host, long pid, String time) {
    return new JournalEntry(
        JournalEntry.STARTED,
        id,
        "f",
        time,
        host,
        pid,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static JournalEntry planned(String... ids) {
    return new JournalEntry(
        JournalEntry.PLANNED,
        null,
        null,
        "2026-01-01T00:00:00.000Z",
        Machine.host(),
        1L,
        "1/1",
        List.of(ids),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A pid no process has any more: one that ran and was waited for. */
  private static long endedPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void aJobStartedByAProcessOfThisMachineThatIsGoneIsInterrupted() throws Exception {
    String now = Instant.now().toString();
    long self = ProcessHandle.current().pid();
    try (Journal journal = Journal.open(Journal.file(dir, Shard.ALL))) {
      journal.append(planned("gone", "alive", "elsewhere", "reused"));
      journal.append(started("gone", Machine.host(), endedPid(), now));
      journal.append(started("alive", Machine.host(), self, now));
      journal.append(started("elsewhere", "another-host", endedPid(), now));
      // This process started after the entry was written: the entry's process had its pid.
      journal.append(started("reused", Machine.host(), self, "2000-01-01T00:00:00.000Z"));
    }
    BatchSummary status = Status.of(dir);
    assertThat(status.jobs())
        .extracting(BatchSummary.Job::id, BatchSummary.Job::state)
        .containsExactly(
            Tuple.tuple("gone", "interrupted"),
            Tuple.tuple("alive", "running"),
            Tuple.tuple("elsewhere", "running"),
            Tuple.tuple("reused", "interrupted"));
    assertThat(status.counts().interrupted()).isEqualTo(2);
    assertThat(status.counts().running()).isEqualTo(2);
    assertThat(status.jobs().get(0).reason()).contains("gone").contains("next run redoes it");
  }
}
