package dev.cadenza.batch;

import dev.cadenza.BadInputException;
import dev.cadenza.CadenzaException;
import dev.cadenza.ExitCodes;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.io.InputFile;
import dev.cadenza.mix.Reference;
import dev.cadenza.parse.Overrides;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.parse.SpecCompletion;
import dev.cadenza.produce.Producer;
import dev.cadenza.produce.ReferenceTrack;
import dev.cadenza.spec.BatchJob;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackLimits;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.soundfont.Soundfont;
import dev.cadenza.truth.Jams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Produces one job into its folder, as {@code cadenza produce} with the job's options would: the
 * master (the same bytes as {@code produce -o}), and with the batch's --report and --stems the
 * report, stems, MIDI and truth. A job never throws: what went wrong is its outcome.
 */
final class JobRunner {

  /** The name of a job's report in its folder. */
  static final String REPORT = "report.json";

  /** The folder of a job's stems, MIDI and truth in its folder. */
  static final String STEMS = "stems";

  /** The JAMS document of the truth next to the stems, as produce --stems writes it. */
  static final String TRUTH_JAMS = "truth.jams";

  private JobRunner() {}

  /**
   * How a job ended.
   *
   * @param exitCode 0 when done; else what produce would have exited with
   * @param reason why it failed, in one line, or null
   * @param outputs for a job done: its files and their SHA-256
   * @param timings for a job done: seconds per stage
   */
  record Outcome(
      int exitCode, String reason, Map<String, String> outputs, Map<String, Double> timings) {
    boolean done() {
      return exitCode == ExitCodes.OK;
    }

    static Outcome failed(int exitCode, String reason) {
      return new Outcome(exitCode, reason, null, null);
    }
  }

  static Outcome run(
      Job job, BatchSettings settings, Soundfonts soundfonts, Producer.Listener log) {
    OutputFolder folder = null;
    try {
      Map<String, Double> timings = new LinkedHashMap<>();
      long start = System.nanoTime();
      TrackSpec spec = spec(job, log);
      timings.put("parse", (System.nanoTime() - start) / 1e9);
      BatchJob doc = job.document();
      Reference match = null;
      if (doc.reference() != null) {
        start = System.nanoTime();
        ReferenceTrack ref = ReferenceTrack.analyze(Path.of(doc.reference()), doc.reference());
        match = ref.master();
        spec = ref.fill(spec);
        timings.put("reference", (System.nanoTime() - start) / 1e9);
      }
      folder = OutputFolder.create(settings.outdir(), job.id());
      Path stems = settings.stems() ? folder.path().resolve(STEMS) : null;
      long seed = doc.seed() != null ? doc.seed() : spec.seed();
      Producer.Options options =
          options(doc, settings, stems, match, soundfonts.of(doc.soundfont()));
      try (Producer.Result result =
          Producer.produce(
              spec, seed, options, folder.path().resolve(job.output()), timings, log)) {
        if (!result.passed()) {
          return qaFailed(folder, job, result, settings);
        }
        return new Outcome(
            ExitCodes.OK, null, write(folder, job, result, settings), result.report().timings());
      }
    } catch (CadenzaException e) {
      discard(folder);
      return Outcome.failed(e.exitCode(), e.getMessage());
    } catch (IllegalArgumentException e) {
      discard(folder);
      return Outcome.failed(ExitCodes.BAD_INPUT, e.getMessage());
    } catch (IOException e) {
      discard(folder);
      return Outcome.failed(ExitCodes.IO_ERROR, "cannot write: " + AtomicFile.reason(e));
    } catch (RuntimeException | OutOfMemoryError e) {
      discard(folder);
      return Outcome.failed(ExitCodes.INTERNAL, internal(e));
    }
  }

  /**
   * An unexpected failure in words: running out of memory is the user's to fix (each job holds its
   * track in memory), anything else is a bug.
   */
  static String internal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return "out of memory: run fewer jobs at once (-j) or give the JVM more"
            + " (CADENZA_JAVA_OPTS=-Xmx...)";
      }
    }
    return "internal error: " + e + " (a bug: please report it)";
  }

  /** A job that failed QA: its folder is discarded, or kept with the master when it asks. */
  private static Outcome qaFailed(
      OutputFolder folder, Job job, Producer.Result result, BatchSettings settings)
      throws IOException {
    String reason = qaFailures(result.report().qa());
    if (!Boolean.TRUE.equals(job.document().keepFailed())) {
      folder.discard();
      return Outcome.failed(ExitCodes.QA_FAILED, reason);
    }
    write(folder, job, result, settings);
    return Outcome.failed(ExitCodes.QA_FAILED, reason + " (master kept)");
  }

  private static void discard(OutputFolder folder) {
    if (folder != null) {
      folder.discard();
    }
  }

  /** The job's spec: its prompt parsed, or its spec completed, as produce reads them. */
  private static TrackSpec spec(Job job, Producer.Listener log) {
    BatchJob doc = job.document();
    if (job.spec() != null) {
      String name = "line " + job.line() + " spec";
      TrackSpec spec = SpecCompletion.standard(job.spec(), doc.seed(), name);
      TrackLimits.check(spec, name);
      return spec;
    }
    PromptParser parser = PromptParser.standard();
    Overrides overrides =
        Overrides.parse(doc.set() == null ? Map.of() : doc.set(), parser.lexicon());
    TrackSpec spec = parser.parse(doc.prompt(), doc.seed(), overrides);
    TrackLimits.refuseTooLong(spec);
    spec.warnings().forEach(w -> log.line("warning: " + w));
    return spec;
  }

  /** How a job is produced: as the job asks, sharing the JVM with the jobs run at once. */
  static Producer.Options options(
      BatchJob doc, BatchSettings settings, Path stems, Reference match, Soundfont soundfont)
      throws IOException {
    return new Producer.Options(
        doc.sampleRate() != null ? doc.sampleRate() : 44_100,
        WavEncoding.PCM_24,
        encoding(doc.bits()),
        JobParser.mastering(doc, chain(doc.chain())),
        JobParser.tolerances(doc),
        doc.retries() != null ? doc.retries() : settings.retries(),
        stems,
        settings.threadsPerJob(),
        Producer.StemHook.NONE,
        match,
        soundfont,
        settings.parallel());
  }

  /** The job's chain file, read and checked as produce --chain reads it, or null. */
  private static ChainSpec chain(String file) throws IOException {
    if (file == null) {
      return null;
    }
    try (InputStream in = InputFile.open(Path.of(file))) {
      return Json.read(in, file, Contract.CHAIN, ChainSpec.class);
    }
  }

  private static WavEncoding encoding(String bits) {
    if (bits == null) {
      return WavEncoding.PCM_24;
    }
    return switch (bits) {
      case "16" -> WavEncoding.PCM_16;
      case "24" -> WavEncoding.PCM_24;
      case "32", "32f" -> WavEncoding.FLOAT_32;
      default -> throw new BadInputException(null, "\"bits\" must be 16, 24 or 32f", null);
    };
  }

  /** Writes the master (and report, truth) and moves the folder into place. */
  private static Map<String, String> write(
      OutputFolder folder, Job job, Producer.Result result, BatchSettings settings)
      throws IOException {
    ProduceReport report = result.report();
    if (settings.stems()) {
      folder.write(STEMS + "/" + TRUTH_JAMS, line(Jams.ofTruth(report.manifest())));
    }
    if (settings.report()) {
      folder.write(REPORT, line(report));
    }
    folder.write(job.output(), result.master());
    return folder.commit();
  }

  /** A document as produce writes it to a file: indented, with a final newline. */
  private static byte[] line(Object document) throws IOException {
    byte[] bytes = Json.toBytes(document, true);
    byte[] line = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    line[bytes.length] = '\n';
    return line;
  }

  /** The failed checks in one line, as produce prints them one a line. */
  private static String qaFailures(QaReport qa) {
    List<String> failed = new ArrayList<>();
    for (QaReport.Check check : qa.checks()) {
      if (!check.passed()) {
        failed.add(check.name() + " failed: " + check.detail());
      }
    }
    return "QA: " + String.join("; ", failed);
  }
}
