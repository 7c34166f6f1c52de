package dev.cadenza.analyze;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.spec.Analysis;

/** Finds the silent lead-in and tail: frames where every channel stays below a threshold. */
public final class SilenceDetector implements BlockAnalyzer {

  /** -60 dBFS: below the noise floor of most masters, above dither and tape hiss. */
  public static final double DEFAULT_THRESHOLD_DBFS = -60;

  private final double thresholdDbfs;
  private final float threshold;
  private final int sampleRate;
  private long frames;
  private long firstLoud = -1;
  private long lastLoud = -1;

  public SilenceDetector(int sampleRate, double thresholdDbfs) {
    this.sampleRate = sampleRate;
    this.thresholdDbfs = thresholdDbfs;
    this.threshold = (float) Decibels.toAmplitude(thresholdDbfs);
  }

  @Override
  public void accept(AudioBlock block) {
    int n = block.frames();
    int first = n;
    int last = -1;
    for (int c = 0; c < block.channels(); c++) {
      float[] x = block.channel(c);
      for (int i = 0; i < first; i++) {
        if (Math.abs(x[i]) >= threshold) {
          first = i;
          break;
        }
      }
      for (int i = n - 1; i > last; i--) {
        if (Math.abs(x[i]) >= threshold) {
          last = i;
          break;
        }
      }
    }
    if (last >= 0) {
      if (firstLoud < 0) {
        firstLoud = frames + first;
      }
      lastLoud = frames + last;
    }
    frames += n;
  }

  public Analysis.Silence result() {
    if (firstLoud < 0) {
      double all = (double) frames / sampleRate;
      return new Analysis.Silence(thresholdDbfs, all, all);
    }
    return new Analysis.Silence(
        thresholdDbfs,
        (double) firstLoud / sampleRate,
        (double) (frames - lastLoud - 1) / sampleRate);
  }
}
