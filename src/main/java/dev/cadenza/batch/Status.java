package dev.cadenza.batch;

import dev.cadenza.spec.BatchSummary;
import dev.cadenza.spec.JournalEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a batch folder's journals say of each job: done, failed, running (started and not ended),
 * interrupted (started by a process on this machine that is gone: killed, or the machine went
 * down), or pending (planned by a run, never started). Read only; the folder is not touched.
 */
public final class Status {

  private Status() {}

  public static BatchSummary of(Path outdir) throws IOException {
    JournalReplay replay = JournalReplay.of(outdir);
    Map<String, JournalEntry> latest = replay.latest();
    Set<String> ids = new LinkedHashSet<>(replay.planned());
    ids.addAll(latest.keySet());
    List<BatchSummary.Job> jobs = new ArrayList<>();
    for (String id : ids) {
      jobs.add(job(id, latest.get(id)));
    }
    return Summary.of(outdir.toString(), null, jobs);
  }

  private static BatchSummary.Job job(String id, JournalEntry last) {
    if (last == null) {
      return new BatchSummary.Job(id, null, Summary.PENDING, null, null, null);
    }
    return switch (last.event()) {
      case JournalEntry.DONE ->
          new BatchSummary.Job(id, null, Summary.DONE, 0, null, last.seconds());
      case JournalEntry.FAILED ->
          new BatchSummary.Job(
              id, null, Summary.FAILED, last.exitCode(), last.reason(), last.seconds());
      default -> started(id, last);
    };
  }

  private static BatchSummary.Job started(String id, JournalEntry last) {
    if (Machine.ended(last.host(), last.pid(), last.time())) {
      String reason = "process " + last.pid() + " that started it is gone; the next run redoes it";
      return new BatchSummary.Job(id, null, Summary.INTERRUPTED, null, reason, null);
    }
    return new BatchSummary.Job(id, null, Summary.RUNNING, null, null, null);
  }
}
