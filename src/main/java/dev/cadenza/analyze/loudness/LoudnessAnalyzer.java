package dev.cadenza.analyze.loudness;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.spec.LoudnessResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The loudness section of {@code cadenza analyze}: a {@link LoudnessMeter} and a {@link
 * TruePeakMeter} fed the same blocks, summarised as a {@link LoudnessResult}. Memory does not
 * depend on the length of the stream beyond the per-100 ms histories the meter describes.
 */
public final class LoudnessAnalyzer {

  /** Frames per block when this class reads a source itself. */
  public static final int BLOCK_FRAMES = 4096;

  private final AudioFormat format;
  private final LoudnessMeter loudness;
  private final TruePeakMeter peaks;

  public LoudnessAnalyzer(AudioFormat format, boolean keepCurves) {
    this.format = format;
    this.loudness = new LoudnessMeter(format, keepCurves);
    this.peaks = new TruePeakMeter(format.sampleRate(), format.channels());
  }

  /** Reads {@code source} to its end and measures it. */
  public static LoudnessResult analyze(AudioSource source, boolean keepCurves) throws IOException {
    LoudnessAnalyzer analyzer = new LoudnessAnalyzer(source.format(), keepCurves);
    AudioBlock block = new AudioBlock(source.format().channels(), BLOCK_FRAMES);
    while (source.read(block) > 0) {
      analyzer.accept(block);
    }
    return analyzer.result();
  }

  public void accept(AudioBlock block) {
    loudness.accept(block);
    peaks.accept(block);
  }

  /** The measurements of everything fed so far. */
  public LoudnessResult result() {
    double[] truePeaks = peaks.truePeaks();
    double[] samplePeaks = peaks.samplePeaks();
    List<LoudnessResult.ChannelPeaks> channels = new ArrayList<>(truePeaks.length);
    double truePeak = 0;
    double samplePeak = 0;
    for (int c = 0; c < truePeaks.length; c++) {
      channels.add(
          new LoudnessResult.ChannelPeaks(
              format.layout().names().get(c), decibels(truePeaks[c]), decibels(samplePeaks[c])));
      truePeak = Math.max(truePeak, truePeaks[c]);
      samplePeak = Math.max(samplePeak, samplePeaks[c]);
    }
    return new LoudnessResult(
        loudness.integratedLufs(),
        loudness.loudnessRangeLu(),
        decibels(truePeak),
        loudness.maxMomentaryLufs(),
        loudness.maxShortTermLufs(),
        decibels(samplePeak),
        channels,
        loudness.momentaryCurve(),
        loudness.shortTermCurve());
  }

  /** 20 log10 of a linear magnitude; null for 0 (digital silence has no level). */
  static Double decibels(double linear) {
    return linear > 0 ? 20 * StrictMath.log10(linear) : null;
  }
}
