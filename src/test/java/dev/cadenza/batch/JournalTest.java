package dev.cadenza.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.OutputException;
import dev.cadenza.spec.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal written and read back, across crashes that cut a line short. */
class JournalTest {

  @TempDir Path dir;

  private static JournalEntry event(String event, String id, String fp, String time) {
    return new JournalEntry(
        event, id, fp, time, "host", 1L, null, null, null, null, null, null, null, null);
  }

  private static JournalEntry planned(String time, String... ids) {
    return new JournalEntry(
        JournalEntry.PLANNED,
        null,
        null,
        time,
        "host",
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

  @Test
  void eachEntryIsOneLineAndTheLatestEventOfAJobIsItsState() throws Exception {
    try (Journal journal = Journal.open(Journal.file(dir, Shard.ALL))) {
      journal.append(planned("2026-01-01T00:00:00.000Z", "a", "b", "c"));
      journal.append(event("started", "a", "f1", "2026-01-01T00:00:01.000Z"));
      journal.append(event("started", "b", "f2", "2026-01-01T00:00:01.000Z"));
      journal.append(event("done", "a", "f1", "2026-01-01T00:00:02.000Z"));
      journal.append(event("failed", "b", "f2", "2026-01-01T00:00:03.000Z"));
      journal.append(event("started", "b", "f2", "2026-01-01T00:00:04.000Z"));
    }
    List<String> lines = Files.readAllLines(dir.resolve("journal.jsonl"));
    assertThat(lines).hasSize(6);
    assertThat(lines.get(1))
        .isEqualTo(
            "{\"event\":\"started\",\"id\":\"a\",\"fingerprint\":\"f1\","
                + "\"time\":\"2026-01-01T00:00:01.000Z\",\"host\":\"host\",\"pid\":1}");
    JournalReplay replay = JournalReplay.of(dir);
    Map<String, JournalEntry> latest = replay.latest();
    assertThat(latest.keySet()).containsExactly("a", "b");
    assertThat(latest.get("a").event()).isEqualTo("done");
    assertThat(latest.get("b").event()).isEqualTo("started");
    assertThat(replay.planned()).containsExactly("a", "b", "c");
    assertThat(replay.unreadable()).isZero();
  }

  @Test
  void aTornLastLineIsSkippedAndTheNextEntryStartsOnItsOwnLine() throws Exception {
    Path file = Journal.file(dir, Shard.ALL);
    try (Journal journal = Journal.open(file)) {
      journal.append(event("started", "a", "f1", "2026-01-01T00:00:01.000Z"));
    }
    // A crash in the middle of the done line.
    Files.writeString(file, "{\"event\":\"done\",\"id\":\"a\",\"fing", StandardOpenOption.APPEND);
    assertThat(JournalReplay.of(dir).latest().get("a").event()).isEqualTo("started");
    assertThat(JournalReplay.of(dir).unreadable()).isEqualTo(1);
    try (Journal journal = Journal.open(file)) {
      journal.append(event("done", "a", "f1", "2026-01-01T00:00:05.000Z"));
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).startsWith("{\"event\":\"done\"");
    JournalReplay replay = JournalReplay.of(dir);
    assertThat(replay.latest().get("a").event()).isEqualTo("done");
    assertThat(replay.unreadable()).isEqualTo(1);
  }

  @Test
  void sharesWriteTheirOwnFilesAndAreReadTogetherInTimeOrder() throws Exception {
    try (Journal one = Journal.open(Journal.file(dir, new Shard(1, 2)));
        Journal two = Journal.open(Journal.file(dir, new Shard(2, 2)))) {
      two.append(event("done", "x", "f", "2026-01-01T00:00:09.000Z"));
      one.append(event("started", "x", "f", "2026-01-01T00:00:01.000Z"));
      one.append(event("done", "y", "g", "2026-01-01T00:00:02.000Z"));
    }
    assertThat(Files.exists(dir.resolve("journal.1-of-2.jsonl"))).isTrue();
    assertThat(Files.exists(dir.resolve("journal.2-of-2.jsonl"))).isTrue();
    Map<String, JournalEntry> latest = JournalReplay.of(dir).latest();
    assertThat(latest.get("x").event()).isEqualTo("done");
    assertThat(latest.get("y").event()).isEqualTo("done");
  }

  @Test
  void aFolderWithoutJournalsReplaysAsEmpty() throws Exception {
    assertThat(JournalReplay.of(dir).entries()).isEmpty();
    assertThat(JournalReplay.of(dir.resolve("none")).entries()).isEmpty();
  }

  @Test
  void aSecondWriterOfTheSameJournalIsRefused() throws Exception {
    Path file = Journal.file(dir, Shard.ALL);
    try (Journal first = Journal.open(file)) {
      // Locks are per process in the JDK: a second channel of this JVM overlaps the first.
      assertThatThrownBy(() -> Journal.open(file))
          .isInstanceOfAny(
              OutputException.class, java.nio.channels.OverlappingFileLockException.class);
    }
  }
}
