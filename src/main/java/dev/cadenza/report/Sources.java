package dev.cadenza.report;

import dev.cadenza.BadInputException;
import dev.cadenza.MissingInputException;
import dev.cadenza.batch.Status;
import dev.cadenza.spec.BatchSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tracks a report shows, from the paths it is given. A path is a track folder (see {@link
 * TrackFolder}), its {@code report.json}, or a batch folder: one with a journal, which stands for
 * every job its journals name, in the order of their ids, each job's folder read as a track folder
 * when it holds a report, and otherwise shown by what the journal says of the job.
 */
public final class Sources {

  /**
   * What a report shows.
   *
   * @param entries every track, in the order given
   * @param batch whether a path was a batch folder, whose page is a table even of one job
   */
  public record Found(List<Entry> entries, boolean batch) {
    /** Whether the page is one track's, without a table. */
    boolean single() {
      return !batch && entries.size() == 1;
    }
  }

  private Sources() {}

  /** Every track of {@code paths}, in the order given. */
  public static Found of(List<Path> paths) throws IOException {
    List<Entry> entries = new ArrayList<>();
    boolean batch = false;
    for (Path path : paths) {
      Path track = trackFolder(path);
      if (track != null) {
        entries.add(Entry.of(TrackFolder.read(track)));
      } else {
        entries.addAll(batch(path));
        batch = true;
      }
    }
    return new Found(List.copyOf(entries), batch);
  }

  /** The track folder {@code path} names (the folder, or its report.json), or null. */
  private static Path trackFolder(Path path) {
    if (Files.isRegularFile(path) && path.getFileName().toString().equals(TrackFolder.REPORT)) {
      return path.toAbsolutePath().getParent();
    }
    return Files.isDirectory(path) && TrackFolder.is(path) ? path : null;
  }

  private static List<Entry> batch(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new MissingInputException(path.toString(), "no such folder", null, null);
    }
    if (!Files.isDirectory(path)) {
      throw new BadInputException(
          path.toString(), "not a track folder, its report.json or a batch folder", null);
    }
    BatchSummary batch = Status.of(path);
    if (batch.jobs().isEmpty()) {
      throw new BadInputException(
          path.toString(),
          "neither a track folder (no report.json) nor a batch folder (no journal)",
          null);
    }
    return jobs(path, batch);
  }

  private static List<Entry> jobs(Path outdir, BatchSummary batch) throws IOException {
    List<BatchSummary.Job> jobs = new ArrayList<>(batch.jobs());
    jobs.sort(Comparator.comparing(BatchSummary.Job::id));
    List<Entry> entries = new ArrayList<>();
    for (BatchSummary.Job job : jobs) {
      Path folder = outdir.resolve(job.id());
      TrackFolder track = TrackFolder.is(folder) ? TrackFolder.read(folder) : null;
      entries.add(
          new Entry(job.id(), job.state(), job.seconds(), job.exitCode(), job.reason(), track));
    }
    return entries;
  }
}
