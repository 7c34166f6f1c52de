package dev.cadenza.cli;

import dev.cadenza.ExitCodes;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.mix.MasteringRequest;
import dev.cadenza.mix.Reference;
import dev.cadenza.parse.Overrides;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.produce.Producer;
import dev.cadenza.produce.ReferenceTrack;
import dev.cadenza.qa.Tolerances;
import dev.cadenza.spec.ProduceReport;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackLimits;
import dev.cadenza.spec.TrackSpec;
import dev.cadenza.synth.soundfont.Soundfont;
import dev.cadenza.truth.Jams;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prompt or spec → generated, mixed, mastered and checked track, with retries. */
@Command(
    name = "produce",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Parse a prompt (or read a spec), generate the stems, mix and master them, and check the"
          + " master with qa, in one process. When a check fails, change what caused it and try"
          + " again (loudness and peaks in the master; tempo and key by louder drums or harmony"
          + " and a new seed; anything else by a new seed), up to --retries times.",
      "The master is byte for byte what parse | generate | mix > FILE writes in a shell with the"
          + " same seed (mix -o FILE puts a 36-byte JUNK chunk, room for an RF64 header, before"
          + " the same audio). After the last failed attempt: exit 3, the report is written, and the audio"
          + " only with --keep-failed."
    },
    footer = {
      "%nExamples:",
      "  cadenza produce \"lofi hip hop, 80 bpm, 2 minutes\" -o track.wav --report report.json",
      "  cadenza produce --spec spec.json -o track.wav --stems stems/ --preset club",
      "  cadenza produce \"house in A minor\" --reference ref.wav -o track.wav"
    })
final class ProduceCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PROMPT", description = "The prompt, in words.")
  List<String> words;

  @Option(
      names = "--spec",
      paramLabel = "SPEC",
      description = "Render this cadenza.trackspec/1 JSON (- for stdin) instead of a prompt.")
  String specFile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the master to FILE (atomically) instead of standard output.")
  String output;

  @Option(
      names = "--stems",
      paramLabel = "DIR",
      description =
          "Also write the stems (24-bit, whatever --bits) and MIDI of the (last) attempt to DIR,"
              + " with their truth as a JAMS document, DIR/truth.jams.")
  Path stems;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the cadenza.report/1 JSON to FILE.")
  String report;

  @Option(
      names = "--reference",
      paramLabel = "REF.wav",
      description =
          "A track to take what the prompt leaves open from: its tempo and key fill the spec,"
              + " its integrated loudness replaces the target's and its spectral balance is"
              + " matched (as mix --match).")
  String reference;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "2",
      description = "Attempts after the first when QA fails (default ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--keep-failed",
      description = "Write the master even when the last attempt failed QA.")
  boolean keepFailed;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for every random choice.")
  Long seed;

  @Option(
      names = "--set",
      paramLabel = "FIELD=VALUE",
      description = "Set a spec field over what the prompt says, as in parse (repeatable).")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Mixin MasteringOptions mastering;

  @Mixin SampleFormatOption format;

  @Mixin RenderingOptions rendering;

  @Option(
      names = "--tolerance",
      paramLabel = "NAME=VALUE",
      description = "Change a QA tolerance, as in qa (repeatable).")
  List<String> tolerances = List.of();

  /**
   * produce checks its master, not its stems' pitch (that is {@code qa --stems}), so a pitch
   * tolerance would be accepted and do nothing: refused instead.
   */
  private void refuseStemTolerances() {
    for (String assignment : tolerances) {
      if (assignment.strip().toLowerCase(Locale.ROOT).startsWith("pitch")) {
        throw new ParameterException(
            spec.commandLine(),
            "--tolerance pitch is for qa --stems; produce does not check the stems' pitch");
      }
    }
  }

  /** The JAMS document of the truth, next to the stems it describes. */
  static final String TRUTH_JAMS = "truth.jams";

  ProduceCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    WavEncoding encoding = format.encoding();
    int sampleRate = rendering.sampleRate(spec);
    if (retries < 0 || retries > 20) {
      throw new ParameterException(spec.commandLine(), "--retries must be in 0..20: " + retries);
    }
    boolean hasWords = words != null && !words.isEmpty();
    if (hasWords == (specFile != null)) {
      throw new ParameterException(
          spec.commandLine(), "give either a prompt or --spec SPEC (not both, not neither)");
    }
    OutputGuard.refuseOutputsOverInputs(
        spec,
        Arrays.asList(specFile, reference, mastering.chainFile),
        new OutputGuard.Output("-o", output),
        new OutputGuard.Output("--report", report));
    Outputs.probe(output);
    Outputs.probe(report);
    Tolerances tolerance = QaCommand.tolerances(tolerances, spec);
    refuseStemTolerances();
    if (output == null || Inputs.STDIN.equals(output)) {
      Outputs.refuseAudioOnTerminal(streams, spec, "give -o FILE, or redirect it (> track.wav)");
    }
    Soundfont bank = rendering.openSoundfont(spec);
    Map<String, Double> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    TrackSpec trackSpec = trackSpec();
    timings.put("parse", (System.nanoTime() - start) / 1e9);
    MasteringRequest request = mastering.request(spec);
    Reference match = null;
    if (reference != null) {
      start = System.nanoTime();
      ReferenceTrack ref = ReferenceTrack.analyze(Path.of(reference), reference);
      match = ref.master();
      trackSpec = ref.fill(trackSpec);
      timings.put("reference", (System.nanoTime() - start) / 1e9);
    }
    Producer.Options options =
        new Producer.Options(
            sampleRate,
            WavEncoding.PCM_24,
            encoding,
            request,
            tolerance,
            retries,
            stems,
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Producer.StemHook.NONE,
            match,
            bank);
    Producer.Result result;
    try (Progress progress = Progress.ofFraction(streams, common, "produce")) {
      result =
          Producer.produce(
              trackSpec,
              seed != null ? seed : trackSpec.seed(),
              options,
              output == null || Inputs.STDIN.equals(output) ? null : Path.of(output),
              timings,
              new Producer.Listener() {
                @Override
                public void line(String text) {
                  if (!common.quiet()) {
                    progress.println(Messages.line("cadenza produce: " + text));
                  }
                }

                @Override
                public void progress(int attempt, String stage, double fraction) {
                  progress.message("attempt " + attempt + ": " + stage);
                  progress.accept(Math.round(fraction * Progress.THOUSAND));
                }
              });
    }
    ProduceReport produced = result.report();
    if (stems != null) {
      Outputs.writeJsonFile(
          Jams.ofTruth(produced.manifest()), stems.resolve(TRUTH_JAMS).toString());
    }
    if (report != null) {
      Outputs.writeJson(produced, report, true, streams);
    }
    try (result) {
      if (result.passed() || keepFailed) {
        if (output == null || "-".equals(output)) {
          result.master().writeTo(streams.out());
          streams.out().flush();
        } else {
          Outputs.writeFile(result.master(), output);
        }
      }
    }
    if (!result.passed()) {
      for (QaReport.Check check : produced.qa().checks()) {
        if (!check.passed()) {
          streams
              .err()
              .println(
                  Messages.line("cadenza produce: " + check.name() + " failed: " + check.detail()));
        }
      }
      return ExitCodes.QA_FAILED;
    }
    if (!common.quiet()) {
      streams
          .err()
          .printf(
              "cadenza produce: passed QA after %d attempt%s%n",
              produced.attempts().size(), produced.attempts().size() == 1 ? "" : "s");
    }
    return ExitCodes.OK;
  }

  private TrackSpec trackSpec() throws Exception {
    if (specFile != null) {
      return Inputs.readTrackSpec(specFile, streams, seed);
    }
    PromptParser parser = PromptParser.standard();
    Overrides parsed;
    try {
      parsed = Overrides.parse(overrides, parser.lexicon());
    } catch (Overrides.InvalidOverrideException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    TrackSpec result = parser.parse(String.join(" ", words), seed, parsed);
    TrackLimits.refuseTooLong(result);
    if (!common.quiet()) {
      for (String w : result.warnings()) {
        streams.err().println(Messages.line("cadenza produce: warning: " + w));
      }
    }
    return result;
  }
}
