package dev.cadenza.cli;

import dev.cadenza.BadInputException;
import dev.cadenza.ExitCodes;
import dev.cadenza.analyze.Analyzer;
import dev.cadenza.analyze.SilenceDetector;
import dev.cadenza.audio.WavReader;
import dev.cadenza.qa.JUnitReport;
import dev.cadenza.qa.QaChecker;
import dev.cadenza.qa.Tolerances;
import dev.cadenza.spec.Analysis;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.QaReport;
import dev.cadenza.spec.TrackSpec;
import java.nio.charset.StandardCharsets;
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
      "With --spec: duration. With --target-lufs: integrated loudness.",
    },
    footer = {
      "%nExamples:",
      "  cadenza qa track.wav --target-lufs -14 --true-peak -1 --junit qa.xml",
      "  cadenza qa track.wav --spec spec.json --tolerance duration=2%",
    })
final class QaCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = Inputs.STDIN,
      description = "WAV file to check; - (the default) reads standard input.")
  String input;

  @Option(
      names = "--spec",
      paramLabel = "SPEC",
      description = "cadenza.trackspec/1 JSON to check against.")
  String specFile;

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
              + " tail=s (ring-out allowed past the spec's length)"
              + " (repeatable).")
  List<String> tolerances = List.of();

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the checks as JUnit XML.")
  String junit;

  @Mixin JsonOutput json;

  QaCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    Tolerances tolerance = tolerances(tolerances, spec);
    TrackSpec trackSpec =
        specFile == null
            ? null
            : Inputs.readDocument(specFile, streams, Contract.TRACKSPEC, TrackSpec.class);
    Analysis analysis;
    long nonFinite;
    try (WavReader reader = Inputs.openWav(input, streams).replacingNonFinite();
        Progress progress =
            Progress.ofFrames(
                streams, common, "qa", reader.frameCount(), reader.format().sampleRate())) {
      analysis =
          Analyzer.analyze(
              reader,
              input,
              new Analyzer.Options(
                  QaChecker.measures(), false, SilenceDetector.DEFAULT_THRESHOLD_DBFS, progress));
      nonFinite = reader.nonFiniteSamples();
    }
    QaReport report =
        QaChecker.check(
            analysis, trackSpec, new QaChecker.Targets(targetLufs, truePeak), tolerance, nonFinite);
    if (junit != null) {
      Outputs.writeFile(JUnitReport.toXml(report).getBytes(StandardCharsets.UTF_8), junit);
    }
    json.write(report, streams);
    if (!report.passed() && !common.quiet()) {
      for (QaReport.Check check : report.checks()) {
        if (!check.passed()) {
          streams
              .err()
              .println(
                  "cadenza qa: "
                      + Inputs.displayName(input)
                      + ": "
                      + check.name()
                      + " failed: "
                      + check.detail());
        }
      }
    }
    return report.passed() ? ExitCodes.OK : ExitCodes.QA_FAILED;
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
