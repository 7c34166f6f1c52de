package dev.cadenza.cli;

import dev.cadenza.BadInputException;
import dev.cadenza.ExitCodes;
import dev.cadenza.analyze.Analyzer;
import dev.cadenza.analyze.SilenceDetector;
import dev.cadenza.audio.WavReader;
import dev.cadenza.qa.JUnitReport;
import dev.cadenza.qa.QaChecker;
import dev.cadenza.qa.StemPitchCheck;
import dev.cadenza.qa.Tolerances;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Manifest;
import dev.cadenza.spec.ManifestFiles;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a master against its spec and loudness targets; exit 3 when a check fails. */
@Command(
    name = "qa",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check a WAV file and print cadenza.qa/1 JSON; exit 0 when every check passes, 3 when any"
          + " fails.",
      "Always checked: finite samples, not silent, no clipping, true peak <= ceiling, DC offset,"
          + " no dropouts, mono compatibility (stereo).",
      "With --spec: duration, tempo and key. With --target-lufs: integrated loudness.",
      "With --stems: each monophonic melodic stem of a manifest plays its MIDI's pitches (the"
          + " share of pitch-tracked frames within 50 cents of the note sounding).",
    },
    footer = {
      "%nExamples:",
      "  cadenza qa track.wav --target-lufs -14 --true-peak -1 --junit qa.xml",
      "  cadenza qa track.wav --spec spec.json --tolerance duration=2%%",
      "  cadenza qa --stems manifest.json --tolerance pitch=90%%",
    })
final class QaCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description =
          "WAV file to check; - (the default) reads standard input. With --stems and no FILE,"
              + " only the stems are checked.")
  String input;

  @Option(
      names = "--spec",
      paramLabel = "SPEC",
      description = "cadenza.trackspec/1 JSON to check against.")
  String specFile;

  @Option(
      names = "--stems",
      paramLabel = "MANIFEST",
      description =
          "cadenza.manifest/1 JSON (- for standard input): check that its lead, bass and other"
              + " monophonic melodic stems play the notes of its MIDI file.")
  String stemsManifest;

  @Option(
      names = "--target-lufs",
      paramLabel = "LUFS",
      description = "Integrated loudness to check against (e.g. -14).")
  Double targetLufs;

  @Option(
      names = "--true-peak",
      paramLabel = "DBTP",
      defaultValue = "0.0",
      description = "Highest true peak allowed (default: ${DEFAULT-VALUE} dBTP).")
  double truePeak;

  @Option(
      names = "--tolerance",
      paramLabel = "NAME=VALUE",
      description =
          "Change a tolerance: loudness=LU, tempo=%%, duration=%%, dc=FS, gap=s, correlation=min,"
              + " tail=s (ring-out allowed past the spec's length),"
              + " pitch=%% (lowest share of a stem's voiced frames at its MIDI's pitch)"
              + " (repeatable).")
  List<String> tolerances = List.of();

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the checks as JUnit XML.")
  String junit;

  @Option(
      names = "--any-path",
      description =
          "Read the stems and MIDI file a --stems manifest names wherever its paths point (by"
              + " default they must lie in the manifest's folder).")
  boolean anyPath;

  @Mixin JsonOutput json;

  QaCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    Tolerances tolerance = tolerances(tolerances, spec);
    boolean master = input != null || stemsManifest == null;
    if (!master && (specFile != null || targetLufs != null)) {
      throw new ParameterException(
          spec.commandLine(), "--spec and --target-lufs check a master: give its FILE too");
    }
    if (Inputs.STDIN.equals(input) && Inputs.STDIN.equals(stemsManifest)) {
      throw new ParameterException(
          spec.commandLine(), "FILE and --stems cannot both read standard input");
    }
    OutputGuard.refuseOutputsOverInputs(
        spec,
        Arrays.asList(input, specFile, stemsManifest),
        new OutputGuard.Output("-o", json.output),
        new OutputGuard.Output("--junit", junit));
    List<QaReport.Check> checks = new ArrayList<>();
    String file = stemsManifest;
    if (master) {
      QaReport report = checkMaster(input == null ? Inputs.STDIN : input, tolerance);
      checks.addAll(report.checks());
      file = report.file();
    }
    if (stemsManifest != null) {
      checks.addAll(checkStems(tolerance));
    }
    QaReport report = QaReport.of(file, checks);
    if (junit != null) {
      Outputs.writeFile(JUnitReport.toXml(report).getBytes(StandardCharsets.UTF_8), junit);
    }
    json.write(report, streams);
    if (!report.passed()) {
      for (QaReport.Check check : report.checks()) {
        if (!check.passed()) {
          note(check.name() + " failed: " + check.detail());
        }
      }
    }
    return report.passed() ? ExitCodes.OK : ExitCodes.QA_FAILED;
  }

  private QaReport checkMaster(String name, Tolerances tolerance) throws IOException {
    TrackSpec trackSpec =
        specFile == null
            ? null
            // Filled in as generate fills it, so a master rendered from the same partial spec is
            // checked against what was rendered.
            : Inputs.readTrackSpec(specFile, streams, null);
    Analysis analysis;
    long nonFinite;
    long missing;
    try (WavReader reader = Inputs.openWav(name, streams).replacingNonFinite();
        Progress progress =
            Progress.ofFrames(
                streams, common, "qa", reader.frameCount(), reader.format().sampleRate())) {
      analysis =
          Analyzer.analyze(
              reader,
              name,
              new Analyzer.Options(
                  QaChecker.measures(), false, SilenceDetector.DEFAULT_THRESHOLD_DBFS, progress));
      nonFinite = reader.nonFiniteSamples();
      missing = reader.missingFrames();
    }
    return QaChecker.check(
        analysis,
        trackSpec,
        new QaChecker.Targets(targetLufs, truePeak),
        tolerance,
        nonFinite,
        missing);
  }

  private List<QaReport.Check> checkStems(Tolerances tolerance) throws IOException {
    Manifest manifest =
        Inputs.readDocument(stemsManifest, streams, Contract.MANIFEST, Manifest.class);
    ManifestFiles files =
        ManifestFiles.of(
            Inputs.STDIN.equals(stemsManifest) ? null : Path.of(stemsManifest), anyPath);
    StemPitchCheck.Result result = StemPitchCheck.check(manifest, files, tolerance.pitchPercent());
    for (String skipped : result.skipped()) {
      note("stem not checked: " + skipped);
    }
    return result.checks();
  }

  /** One line on standard error, naming the file checked, unless --quiet. */
  private void note(String message) {
    if (!common.quiet()) {
      String name = input != null || stemsManifest == null ? input : stemsManifest;
      streams
          .err()
          .println(Messages.line("cadenza qa: " + Inputs.displayName(name) + ": " + message));
    }
  }

  /** The default tolerances with each {@code --tolerance NAME=VALUE} applied in turn. */
  static Tolerances tolerances(List<String> assignments, CommandSpec spec) {
    Tolerances tolerance = Tolerances.defaults();
    for (String assignment : assignments) {
      try {
        tolerance = tolerance.with(assignment);
      } catch (BadInputException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return tolerance;
  }
}
