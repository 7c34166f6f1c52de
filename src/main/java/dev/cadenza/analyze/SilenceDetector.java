package dev.cadenza.analyze;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.spec.Analysis;

/**
 * Finds the silent lead-in and tail, and the longest silent gap between them (a dropout): frames
 * where every channel stays below a threshold.
 */
public final class SilenceDetector implements BlockAnalyzer {

  /** -60 dBFS: below the noise floor of most masters, above dither and tape hiss. */
  public static final double DEFAULT_THRESHOLD_DBFS = -60;

  private final double thresholdDbfs;
  private final float threshold;
  private final int sampleRate;
  private boolean[] loud = new boolean[0];
  private long frames;
  private long firstLoud = -1;
  private long lastLoud = -1;
  private long longestGap;
  private long longestGapStart = -1;

  public SilenceDetector(int sampleRate, double thresholdDbfs) {
    this.sampleRate = sampleRate;
    this.thresholdDbfs = thresholdDbfs;
    this.threshold = (float) Decibels.toAmplitude(thresholdDbfs);
  }

  @Override
  public void accept(AudioBlock block) {
    int n = block.frames();
    if (loud.length < n) {
      loud = new boolean[n];
    }
    // The first channel sets each frame's flag and the others add theirs, so the flags need no
    // clearing pass (a pass over a boolean array that stayed interpreted for much of a short run).
    float[] first = block.channel(0);
    for (int i = 0; i < n; i++) {
      loud[i] = Math.abs(first[i]) >= threshold;
    }
    for (int c = 1; c < block.channels(); c++) {
      float[] x = block.channel(c);
      for (int i = 0; i < n; i++) {
        loud[i] |= Math.abs(x[i]) >= threshold;
      }
    }
    for (int i = 0; i < n; i++) {
      if (loud[i]) {
        long frame = frames + i;
        if (firstLoud < 0) {
          firstLoud = frame;
        } else if (frame - lastLoud - 1 > longestGap) {
          longestGap = frame - lastLoud - 1;
          longestGapStart = lastLoud + 1;
        }
        lastLoud = frame;
      }
    }
    frames += n;
  }

  public Analysis.Silence result() {
    if (firstLoud < 0) {
      double all = (double) frames / sampleRate;
      return new Analysis.Silence(thresholdDbfs, all, all, 0, null);
    }
    return new Analysis.Silence(
        thresholdDbfs,
        (double) firstLoud / sampleRate,
        (double) (frames - lastLoud - 1) / sampleRate,
        (double) longestGap / sampleRate,
        longestGapStart < 0 ? null : (double) longestGapStart / sampleRate);
  }
}
