package dev.cadenza.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cadenza.spec.JournalEntry;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the journals of a batch folder say, read back: every entry of every share's journal in the
 * order they were written (by time across files; within a file, as written), and each job's latest
 * state. A line that is not a journal entry (the torn end of a line a crash cut short) is counted
 * and skipped.
 *
 * @param entries every entry, oldest first
 * @param unreadable lines skipped
 */
public record JournalReplay(List<JournalEntry> entries, int unreadable) {

  /** Reads every journal in {@code outdir}; none (a new folder) is an empty replay. */
  public static JournalReplay of(Path outdir) throws IOException {
    List<JournalEntry> entries = new ArrayList<>();
    int unreadable = 0;
    for (Path file : journals(outdir)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JournalEntry entry = entry(line);
        if (entry == null) {
          unreadable++;
        } else {
          entries.add(entry);
        }
      }
    }
    // Stable: entries of one file with the same millisecond keep their order.
    entries.sort(Comparator.comparing(e -> e.time() == null ? "" : e.time()));
    return new JournalReplay(List.copyOf(entries), unreadable);
  }

  /** The journal files of a folder, by name. */
  static List<Path> journals(Path outdir) throws IOException {
    if (!Files.isDirectory(outdir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(outdir)) {
      return files
          .filter(
              f -> {
                String name = f.getFileName().toString();
                return name.startsWith(Journal.PREFIX) && name.endsWith(Journal.SUFFIX);
              })
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static JournalEntry entry(String line) {
    try {
      JournalEntry entry = Json.mapper().readValue(line, JournalEntry.class);
      return entry.event() == null ? null : entry;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Each job's latest started, done or failed entry, by id in the order first seen. */
  public Map<String, JournalEntry> latest() {
    Map<String, JournalEntry> latest = new LinkedHashMap<>();
    for (JournalEntry e : entries) {
      if (e.id() != null && !JournalEntry.PLANNED.equals(e.event())) {
        latest.put(e.id(), e);
      }
    }
    return latest;
  }

  /** The ids every planned entry named, in the order first named. */
  public List<String> planned() {
    Set<String> ids = new LinkedHashSet<>();
    for (JournalEntry e : entries) {
      if (JournalEntry.PLANNED.equals(e.event()) && e.jobs() != null) {
        ids.addAll(e.jobs());
      }
    }
    return List.copyOf(ids);
  }
}
