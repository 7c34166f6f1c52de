package dev.cadenza.batch;

import dev.cadenza.ExitCodes;
import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.produce.Producer;
import dev.cadenza.spec.BatchSummary;
import dev.cadenza.spec.JournalEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a share of a jobs file into a batch folder: the jobs its journals record as done with the
 * same fingerprint are skipped, the others run, several at once, each journaled as started and as
 * done or failed. No coordinator: every decision is the jobs file's, the share's and the folder's.
 */
public final class Batch {

  /** Hears how a batch goes; called from the jobs' threads. */
  public interface Listener {
    /**
     * The batch knows how many jobs of its share it will run ({@code toRun}) out of {@code total}.
     */
    default void planned(int toRun, int total) {}

    /** A job starts. */
    default void started(String id) {}

    /** A line of news from a running job (an attempt, a warning). */
    default void line(String id, String text) {}

    /** A job ended (done, failed, or skipped). */
    default void finished(BatchSummary.Job job) {}
  }

  private final BatchSettings settings;
  private final Listener listener;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final InputDigests inputs = new InputDigests();
  private final Soundfonts soundfonts = new Soundfonts();

  private Batch(BatchSettings settings, Listener listener) {
    this.settings = settings;
    this.listener = listener;
  }

  /** Runs this share of {@code lines} and says what became of each line. */
  public static BatchSummary run(List<JobLine> lines, BatchSettings settings, Listener listener)
      throws IOException {
    return new Batch(settings, listener).run(lines);
  }

  private BatchSummary run(List<JobLine> lines) throws IOException {
    List<JobLine> share = share(lines);
    Path outdir = settings.outdir();
    createFolder(outdir);
    // The lock first: a second process of this share stops here, before it reads or sweeps.
    try (Journal journal = Journal.open(Journal.file(outdir, settings.shard()))) {
      List<Planned> plan = plan(share, JournalReplay.of(outdir).latest());
      Set<String> ids = new LinkedHashSet<>();
      plan.forEach(p -> ids.add(p.job().id()));
      OutputFolder.sweep(outdir, ids);
      listener.planned((int) plan.stream().filter(p -> !p.skip()).count(), plan.size());
      journal.append(JournalEntries.planned(settings.shard().toString(), List.copyOf(ids)));
      return summary(share, runAll(plan, journal));
    }
  }

  /** The share's jobs with their fingerprints, each marked to skip when the journals say done. */
  private List<Planned> plan(List<JobLine> share, Map<String, JournalEntry> latest)
      throws IOException {
    List<Planned> plan = new ArrayList<>();
    for (JobLine line : share) {
      if (!line.bad()) {
        String fingerprint =
            Fingerprint.of(
                line.job().canonical(),
                settings.outputOptions() + inputs.of(line.job()),
                settings.version());
        plan.add(new Planned(line.job(), fingerprint, finished(line.job(), fingerprint, latest)));
      }
    }
    return plan;
  }

  /** The lines of this share: its jobs, and the bad lines with no id, which every share reports. */
  private List<JobLine> share(List<JobLine> lines) {
    return lines.stream().filter(l -> l.id() == null || settings.shard().owns(l.id())).toList();
  }

  /** Whether the journals say the job is done with this fingerprint and its master is there. */
  private boolean finished(Job job, String fingerprint, Map<String, JournalEntry> latest) {
    JournalEntry last = latest.get(job.id());
    return last != null
        && JournalEntry.DONE.equals(last.event())
        && fingerprint.equals(last.fingerprint())
        && Files.isRegularFile(settings.outdir().resolve(job.id()).resolve(job.output()));
  }

  private record Planned(Job job, String fingerprint, boolean skip) {}

  private static void createFolder(Path outdir) {
    try {
      Files.createDirectories(outdir);
    } catch (IOException e) {
      throw new OutputException(
          outdir.toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  private List<BatchSummary.Job> runAll(List<Planned> plan, Journal journal) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(settings.parallel(), Batch::daemon);
    try {
      List<Future<BatchSummary.Job>> futures = new ArrayList<>();
      for (Planned p : plan) {
        futures.add(pool.submit(() -> runOne(p, journal)));
      }
      List<BatchSummary.Job> results = new ArrayList<>();
      for (Future<BatchSummary.Job> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "batch-job");
    t.setDaemon(true);
    return t;
  }

  private BatchSummary.Job runOne(Planned p, Journal journal) {
    Job job = p.job();
    BatchSummary.Job result;
    if (p.skip()) {
      result = new BatchSummary.Job(job.id(), job.line(), Summary.SKIPPED, 0, null, null);
    } else if (settings.failFast() && stop.get()) {
      result = new BatchSummary.Job(job.id(), job.line(), Summary.PENDING, null, null, null);
    } else {
      result = produce(p, journal);
    }
    listener.finished(result);
    return result;
  }

  private BatchSummary.Job produce(Planned p, Journal journal) {
    Job job = p.job();
    listener.started(job.id());
    journal.append(JournalEntries.started(job.id(), p.fingerprint()));
    long start = System.nanoTime();
    JobRunner.Outcome outcome = JobRunner.run(job, settings, soundfonts, news(job.id()));
    double seconds = Math.round((System.nanoTime() - start) / 1e6) / 1e3;
    if (outcome.done()) {
      journal.append(JournalEntries.done(job.id(), p.fingerprint(), outcome, seconds));
      return new BatchSummary.Job(job.id(), job.line(), Summary.DONE, 0, null, seconds);
    }
    stop.set(true);
    journal.append(JournalEntries.failed(job.id(), p.fingerprint(), outcome, seconds));
    return new BatchSummary.Job(
        job.id(), job.line(), Summary.FAILED, outcome.exitCode(), outcome.reason(), seconds);
  }

  private Producer.Listener news(String id) {
    return text -> listener.line(id, text);
  }

  /** Every line of the share in file order: bad lines, and the jobs' results. */
  private BatchSummary summary(List<JobLine> share, List<BatchSummary.Job> results) {
    List<BatchSummary.Job> jobs = new ArrayList<>();
    int next = 0;
    for (JobLine line : share) {
      jobs.add(
          line.bad()
              ? new BatchSummary.Job(
                  line.id(), line.line(), Summary.BAD, ExitCodes.BAD_INPUT, line.problem(), null)
              : results.get(next++));
    }
    return Summary.of(settings.outdir().toString(), settings.shard().toString(), jobs);
  }

  /**
   * The batch's exit code: 65 when a line was bad; else the code of the first job that failed for
   * another reason than QA (its input, a write); else 3 when a job failed QA; else 0.
   */
  public static int exitCode(BatchSummary summary) {
    boolean qa = false;
    if (summary.counts().bad() > 0) {
      return ExitCodes.BAD_INPUT;
    }
    for (BatchSummary.Job job : summary.jobs()) {
      if (Summary.FAILED.equals(job.state())) {
        if (job.exitCode() != ExitCodes.QA_FAILED) {
          return job.exitCode();
        }
        qa = true;
      }
    }
    return qa ? ExitCodes.QA_FAILED : ExitCodes.OK;
  }
}
