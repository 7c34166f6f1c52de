package dev.cadenza.cli;

import dev.cadenza.MissingInputException;
import dev.cadenza.Version;
import dev.cadenza.batch.Batch;
import dev.cadenza.batch.BatchSettings;
import dev.cadenza.batch.JobLine;
import dev.cadenza.batch.JobsFile;
import dev.cadenza.batch.Shard;
import dev.cadenza.batch.Status;
import dev.cadenza.batch.StatusTable;
import dev.cadenza.io.InputFile;
import dev.cadenza.report.Report;
import dev.cadenza.report.Sources;
import dev.cadenza.spec.BatchSummary;
import dev.cadenza.spec.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A jobs file → one produced track per job in a folder, with a journal; or that folder's status.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Produce every job of a jobs file (JSON Lines, one cadenza.job/1 object a line: an id, a"
          + " prompt or a spec, and produce's options) into OUTDIR/<id>/, several at once. A"
          + " journal in OUTDIR records each job as it starts, ends and fails; running the same"
          + " command again (after a crash too) skips the jobs done with the same inputs and"
          + " does the rest. --shard K/N (or a Slurm array's or Kubernetes Indexed Job's"
          + " variables) takes a share of the jobs, so machines split a file with no"
          + " coordinator.",
      "A bad line or a duplicate id fails that line alone. Prints a cadenza.batch/1 summary;"
          + " exit 0 when every job passed, 3 when one failed QA, 65 when a line was bad."
    },
    footer = {
      "%nExamples:",
      "  cadenza batch jobs.jsonl -o renders/ -j 2 --report",
      "  cadenza batch jobs.jsonl -o renders/ --shard 2/4",
      "  cadenza batch --status renders/"
    })
final class BatchCommand implements Callable<Integer> {

  /** The page --report writes into OUTDIR at the end. */
  static final String PAGE = "report.html";

  private final Streams streams;

  @Mixin CommonOptions common;

  @Mixin PrettyOption pretty;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "JOBS",
      description = "The jobs file, JSON Lines (- for stdin).")
  String jobsFile;

  @Option(
      names = {"-o", "--outdir"},
      paramLabel = "OUTDIR",
      description = "The folder of results (OUTDIR/<id>/) and journals (created).")
  Path outdir;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Jobs run at once (default: the number of cores).")
  Integer parallel;

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      description =
          "Take share K of N (K from 1) of the jobs, by a hash of each id. Without it,"
              + " SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT (from SLURM_ARRAY_TASK_MIN) or"
              + " JOB_COMPLETION_INDEX/CADENZA_SHARD_COUNT (from 0) choose it when set.")
  String shard;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "2",
      description = "produce's --retries for jobs that give none (default ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--fail-fast", description = "Start no job after one fails.")
  boolean failFast;

  @Option(
      names = "--stems",
      description = "Also write each job's stems, MIDI and truth to OUTDIR/<id>/stems/.")
  boolean stems;

  @Option(
      names = "--report",
      description =
          "Also write each job's cadenza.report/1 to OUTDIR/<id>/report.json, and at the end the"
              + " batch's page, OUTDIR/report.html (as cadenza report OUTDIR writes it).")
  boolean report;

  @Option(
      names = "--status",
      paramLabel = "OUTDIR",
      description = "Summarise a batch folder's journals (done, failed, pending, running) instead.")
  Path status;

  @Option(names = "--json", description = "With --status: the cadenza.batch/1 JSON, not a table.")
  boolean json;

  BatchCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    if (status != null) {
      return status();
    }
    if (jobsFile == null || outdir == null) {
      throw new ParameterException(
          spec.commandLine(), "give JOBS and -o OUTDIR (or --status OUTDIR)");
    }
    int jobs = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
    if (jobs < 1 || jobs > 256) {
      throw new ParameterException(spec.commandLine(), "-j must be in 1..256: " + jobs);
    }
    if (retries < 0 || retries > 20) {
      throw new ParameterException(spec.commandLine(), "--retries must be in 0..20: " + retries);
    }
    Shard share = share();
    List<JobLine> lines = readJobs();
    String name = Inputs.displayName(jobsFile);
    for (JobLine line : lines) {
      if (line.bad() && (line.id() == null || share.owns(line.id()))) {
        streams
            .err()
            .println(
                Messages.line(
                    "cadenza batch: " + name + ": line " + line.line() + ": " + line.problem()));
      }
    }
    BatchSettings settings =
        new BatchSettings(outdir, jobs, share, retries, failFast, stems, report, Version.current());
    BatchSummary summary;
    try (BatchProgress progress = new BatchProgress(streams, common)) {
      summary = Batch.run(lines, settings, progress);
    }
    Json.write(summary, streams.out(), pretty.on());
    if (report && summary.jobs().size() > summary.counts().bad()) {
      writePage();
    }
    return Batch.exitCode(summary);
  }

  /** With --report, the batch's page (cadenza report OUTDIR), after the summary is out. */
  private void writePage() throws Exception {
    Path page = outdir.resolve(PAGE);
    if (!common.quiet()) {
      streams.err().println(Messages.line("cadenza batch: writing " + page));
    }
    Report.write(Sources.of(List.of(outdir)), page, false, name -> {});
  }

  private List<JobLine> readJobs() throws Exception {
    if (Inputs.STDIN.equals(jobsFile)) {
      return JobsFile.read(streams.in());
    }
    try (InputStream in = InputFile.open(Path.of(jobsFile))) {
      return JobsFile.read(in);
    }
  }

  /** --shard, else the cluster's array variables (said on stderr), else every job. */
  private Shard share() {
    try {
      if (shard != null) {
        return Shard.parse(shard);
      }
      Optional<Shard.Found> found = Shard.fromEnvironment(System.getenv());
      if (found.isEmpty()) {
        return Shard.ALL;
      }
      if (!common.quiet()) {
        streams
            .err()
            .println(
                Messages.line(
                    "cadenza batch: taking share "
                        + found.get().shard()
                        + " of the jobs ("
                        + found.get().source()
                        + ")"));
      }
      return found.get().shard();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private int status() throws Exception {
    if (!Files.isDirectory(status)) {
      throw new MissingInputException(status.toString(), "no such folder", null, null);
    }
    BatchSummary summary = Status.of(status);
    if (summary.jobs().isEmpty()) {
      throw new MissingInputException(
          status.toString(),
          "no batch journal here",
          "cadenza batch JOBS -o OUTDIR writes one",
          null);
    }
    if (json) {
      Json.write(summary, streams.out(), pretty.on());
    } else {
      streams
          .out()
          .write(StatusTable.of(summary).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return 0;
  }
}
