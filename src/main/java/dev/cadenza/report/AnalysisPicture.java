package dev.cadenza.report;

import dev.cadenza.analyze.AnalysisPart;
import dev.cadenza.analyze.Analyzer;
import dev.cadenza.analyze.SilenceDetector;
import dev.cadenza.audio.WavReader;
import dev.cadenza.plot.AnalysisPlot;
import dev.cadenza.spec.ProduceReport;
import java.io.IOException;

/**
 * The picture {@code analyze --plot} draws, of a track's master: the master is measured again in
 * this process (the report's analysis keeps no spectrogram or waveform), with the loudness target
 * line at the target the master was made for.
 */
final class AnalysisPicture {

  /** The target line when the master was made for none: analyze's default. */
  private static final double DEFAULT_TARGET_LUFS = -14;

  private AnalysisPicture() {}

  /** The picture as PNG bytes. */
  static byte[] png(TrackFolder track) throws IOException {
    Analyzer.Measured measured;
    try (WavReader reader = WavReader.open(track.master())) {
      measured =
          Analyzer.measure(
              reader,
              track.master().getFileName().toString(),
              new Analyzer.Options(
                  AnalysisPart.all(),
                  false,
                  SilenceDetector.DEFAULT_THRESHOLD_DBFS,
                  frames -> {},
                  true));
    }
    return AnalysisPlot.png(measured, target(track.report()));
  }

  private static double target(ProduceReport report) {
    ProduceReport.Mastering mastering = report.mastering();
    return mastering == null || mastering.targetLufs() == null
        ? DEFAULT_TARGET_LUFS
        : mastering.targetLufs();
  }
}
