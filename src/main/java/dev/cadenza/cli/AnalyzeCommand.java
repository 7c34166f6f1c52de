package dev.cadenza.cli;

import dev.cadenza.analyze.Analyzer;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Analysis;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Measures one audio file and prints the analysis document. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measure a WAV file (or standard input) and print cadenza.analysis/1 JSON:",
      "format, sample peak, RMS, DC offset, clipping and leading/trailing silence.",
    },
    footer = {
      "%nExamples:",
      "  cadenza analyze song.wav --pretty",
      "  ffmpeg -i song.mp3 -f wav - | cadenza analyze -",
      "  cadenza analyze song.wav | jq .levels.samplePeakDbfs",
    })
final class AnalyzeCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = Inputs.STDIN,
      description = "WAV or RF64 file; - (the default) reads standard input.")
  String input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the JSON to FILE instead of standard output.")
  String output;

  @Option(names = "--pretty", description = "Indent the JSON for people.")
  boolean pretty;

  @Option(
      names = "--silence-threshold",
      paramLabel = "DBFS",
      defaultValue = "-60",
      description =
          "Level below which leading/trailing audio counts as silence (default: ${DEFAULT-VALUE}).")
  double silenceThreshold;

  AnalyzeCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    Analysis analysis;
    try (WavReader reader = Inputs.openWav(input, streams);
        Progress progress =
            Progress.ofFrames(
                streams, common, "analyze", reader.frameCount(), reader.format().sampleRate())) {
      analysis = Analyzer.analyze(reader, input, new Analyzer.Options(silenceThreshold, progress));
    }
    if (!common.quiet()) {
      for (String warning : analysis.warnings()) {
        streams.err().println("cadenza analyze: " + displayName() + ": warning: " + warning);
      }
    }
    Outputs.writeJson(analysis, output, pretty, streams);
    return 0;
  }

  private String displayName() {
    return Inputs.STDIN.equals(input) ? "stdin" : input;
  }
}
