package dev.cadenza.cli;

import dev.cadenza.analyze.AnalysisPart;
import dev.cadenza.analyze.Analyzer;
import dev.cadenza.audio.WavReader;
import dev.cadenza.plot.AnalysisPlot;
import dev.cadenza.spec.Analysis;
import dev.cadenza.truth.Jams;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures one audio file and prints the analysis document. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measure a WAV file (or standard input) and print cadenza.analysis/1 JSON:",
      "format; sample peak, RMS, DC offset and clipping; leading/trailing silence;",
      "EBU R128 loudness (integrated, range, true peak, max momentary and short-term);",
      "tempo, beats and metre; key; spectral balance and stereo image; sections",
      "(boundaries, repetition labels A B A', level and spectrum of each).",
      "--plot draws waveform, spectrogram, loudness, beats and sections as a PNG.",
    },
    footer = {
      "%nExamples:",
      "  cadenza analyze song.wav --pretty",
      "  ffmpeg -i song.mp3 -f wav - | cadenza analyze -",
      "  cadenza analyze song.wav | jq .loudness.integratedLufs",
      "  cadenza analyze song.wav --only loudness --curves > song.loudness.json",
      "  cadenza analyze song.wav --plot song.png --target-lufs -9 > song.json",
    })
final class AnalyzeCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = Inputs.STDIN,
      description = "WAV or RF64 file; - (the default) reads standard input.")
  String input;

  @Mixin JsonOutput json;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "SECTION",
      converter = SectionConverter.class,
      completionCandidates = SectionNames.class,
      description = "Measure only these sections (comma-separated): ${COMPLETION-CANDIDATES}.")
  List<AnalysisPart> only;

  @Option(
      names = "--curves",
      description =
          "Add the momentary (400 ms) and short-term (3 s) loudness curves, one value per 10 ms.")
  boolean curves;

  @Option(
      names = "--silence-threshold",
      paramLabel = "DBFS",
      defaultValue = "-60",
      description =
          "Level below which leading/trailing audio counts as silence (default: ${DEFAULT-VALUE}).")
  double silenceThreshold;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png",
      description = "Also draw the analysis as a PNG picture to FILE.png.")
  String plot;

  @Option(
      names = "--jams",
      paramLabel = "FILE",
      description =
          "Also write the tempo, beats, key and sections to FILE as a JAMS document, to compare"
              + " with a generated track's truth (generate --jams).")
  String jams;

  @Option(
      names = "--target-lufs",
      paramLabel = "LUFS",
      defaultValue = "-14",
      description = "Loudness target line drawn on the plot (default: ${DEFAULT-VALUE}).")
  double targetLufs;

  AnalyzeCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    OutputGuard.refuseOutputsOverInputs(
        spec,
        Arrays.asList(input),
        new OutputGuard.Output("-o", json.output),
        new OutputGuard.Output("--plot", plot));
    if (Inputs.STDIN.equals(jams)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--jams needs a file name: stdout carries the analysis");
    }
    Analyzer.Measured measured;
    try (WavReader reader = Inputs.openWav(input, streams);
        Progress progress =
            Progress.ofFrames(
                streams, common, "analyze", reader.frameCount(), reader.format().sampleRate())) {
      Set<AnalysisPart> sections =
          only == null || only.isEmpty() ? AnalysisPart.all() : EnumSet.copyOf(only);
      measured =
          Analyzer.measure(
              reader,
              input,
              new Analyzer.Options(sections, curves, silenceThreshold, progress, plot != null));
    }
    Analysis analysis = measured.analysis();
    if (plot != null) {
      Outputs.writeFile(AnalysisPlot.png(measured, targetLufs), plot);
    }
    if (jams != null) {
      Outputs.writeJsonFile(Jams.ofAnalysis(analysis), jams);
    }
    if (!common.quiet()) {
      for (String warning : analysis.warnings()) {
        streams
            .err()
            .println(
                Messages.line(
                    "cadenza analyze: " + Inputs.displayName(input) + ": warning: " + warning));
      }
    }
    json.write(analysis, streams);
    return 0;
  }

  static final class SectionConverter implements CommandLine.ITypeConverter<AnalysisPart> {
    @Override
    public AnalysisPart convert(String value) {
      for (AnalysisPart section : AnalysisPart.values()) {
        if (section.label().equalsIgnoreCase(value.strip())) {
          return section;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown section '" + value + "', expected one of: " + AnalysisPart.labels());
    }
  }

  static final class SectionNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(AnalysisPart.values()).map(AnalysisPart::label).iterator();
    }
  }
}
