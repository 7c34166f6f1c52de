package dev.cadenza.analyze;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.spec.Analysis;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample peak, RMS, DC offset and clipping per channel, in one streaming pass. A clipped run is
 * {@value #MIN_CLIPPED_RUN} or more consecutive samples of a channel at full scale of one sign: one
 * full-scale sample is a legal peak, a flat top of several is the signature of clipping.
 */
public final class LevelMeter implements BlockAnalyzer {

  public static final int MIN_CLIPPED_RUN = 3;

  private final AudioFormat format;
  private final float fullScale;
  private final float[] peak;
  private final double[] sum;
  private final double[] sumOfSquares;
  private final int[] run;
  private final long[] clippedRuns;
  private final long[] clippedSamples;
  private double crossProduct;
  private long frames;

  public LevelMeter(AudioFormat format) {
    int channels = format.channels();
    this.format = format;
    this.fullScale = format.fullScale();
    this.peak = new float[channels];
    this.sum = new double[channels];
    this.sumOfSquares = new double[channels];
    this.run = new int[channels];
    this.clippedRuns = new long[channels];
    this.clippedSamples = new long[channels];
  }

  @Override
  public void accept(AudioBlock block) {
    int n = block.frames();
    for (int c = 0; c < peak.length; c++) {
      float[] x = block.channel(c);
      float max = peak[c];
      // Four partial sums break the floating-point add chains so the loop runs at memory speed;
      // the summation order is fixed, so results stay reproducible.
      double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
      int i = 0;
      for (; i + 3 < n; i += 4) {
        float a = x[i];
        float b = x[i + 1];
        float d = x[i + 2];
        float e = x[i + 3];
        max =
            Math.max(
                max,
                Math.max(Math.max(Math.abs(a), Math.abs(b)), Math.max(Math.abs(d), Math.abs(e))));
        s0 += a;
        s1 += b;
        s2 += d;
        s3 += e;
        q0 += (double) a * a;
        q1 += (double) b * b;
        q2 += (double) d * d;
        q3 += (double) e * e;
      }
      for (; i < n; i++) {
        float v = x[i];
        if (Math.abs(v) > max) {
          max = Math.abs(v);
        }
        s0 += v;
        q0 += (double) v * v;
      }
      double s = (s0 + s1) + (s2 + s3);
      double s2sum = (q0 + q1) + (q2 + q3);
      peak[c] = max;
      sum[c] += s;
      sumOfSquares[c] += s2sum;
      if (max >= fullScale) {
        countClipping(x, n, c);
      }
    }
    if (peak.length >= 2) {
      crossProduct += crossProduct(block.channel(0), block.channel(1), n);
    }
    frames += n;
  }

  private static double crossProduct(float[] left, float[] right, int n) {
    double p0 = 0;
    double p1 = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) {
      p0 += (double) left[i] * right[i];
      p1 += (double) left[i + 1] * right[i + 1];
    }
    for (; i < n; i++) {
      p0 += (double) left[i] * right[i];
    }
    return p0 + p1;
  }

  /**
   * Runs only on blocks that reach full scale, so clean audio pays nothing for it. The run length
   * is signed: a flat top and a flat bottom are separate runs.
   */
  private void countClipping(float[] x, int n, int c) {
    int length = run[c];
    for (int i = 0; i < n; i++) {
      float v = x[i];
      if (v >= fullScale) {
        length = length > 0 ? length + 1 : 1;
      } else if (v <= -fullScale) {
        length = length < 0 ? length - 1 : -1;
      } else {
        length = 0;
        continue;
      }
      int magnitude = Math.abs(length);
      if (magnitude == MIN_CLIPPED_RUN) {
        clippedRuns[c]++;
        clippedSamples[c] += MIN_CLIPPED_RUN;
      } else if (magnitude > MIN_CLIPPED_RUN) {
        clippedSamples[c]++;
      }
    }
    run[c] = length;
  }

  /** Frames measured so far. */
  public long frames() {
    return frames;
  }

  public Analysis.Levels result() {
    List<Analysis.ChannelLevels> channels = new ArrayList<>();
    float overallPeak = 0;
    double overallSum = 0;
    double overallSquares = 0;
    long runs = 0;
    long samples = 0;
    for (int c = 0; c < peak.length; c++) {
      channels.add(
          new Analysis.ChannelLevels(
              format.layout().names().get(c),
              Decibels.fromAmplitude(peak[c]),
              rmsDb(sumOfSquares[c], frames),
              mean(sum[c], frames),
              clippedRuns[c],
              clippedSamples[c]));
      overallPeak = Math.max(overallPeak, peak[c]);
      overallSum += sum[c];
      overallSquares += sumOfSquares[c];
      runs += clippedRuns[c];
      samples += clippedSamples[c];
    }
    long all = frames * peak.length;
    return new Analysis.Levels(
        Decibels.fromAmplitude(overallPeak),
        rmsDb(overallSquares, all),
        mean(overallSum, all),
        runs,
        samples,
        stereoCorrelation(),
        channels);
  }

  /**
   * The correlation of the first two channels as a phase meter shows it, ΣLR / √(ΣL²·ΣR²): +1 for
   * mono content, 0 for unrelated channels, -1 for one channel inverted (it cancels in mono).
   */
  private Double stereoCorrelation() {
    if (peak.length < 2 || sumOfSquares[0] == 0 || sumOfSquares[1] == 0) {
      return null;
    }
    double r = crossProduct / StrictMath.sqrt(sumOfSquares[0] * sumOfSquares[1]);
    return Math.max(-1, Math.min(1, r)); // rounding can step just past ±1
  }

  private static Double rmsDb(double squares, long count) {
    return count == 0 ? null : Decibels.fromAmplitude(StrictMath.sqrt(squares / count));
  }

  private static double mean(double total, long count) {
    return count == 0 ? 0 : total / count;
  }
}
