package dev.cadenza.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only estimators that know nothing of how the audio was made: energy onsets, tempo by
 * autocorrelation of the onset envelope, key by chroma correlation with the Krumhansl–Kessler
 * profiles.
 */
final class Listen {
  private Listen() {}

  static float[] mono(float[][] stereo) {
    float[] m = new float[stereo[0].length];
    for (int i = 0; i < m.length; i++) {
      m[i] = 0.5f * (stereo[0][i] + stereo[1][i]);
    }
    return m;
  }

  static float[] sum(List<float[][]> stems) {
    float[] m = new float[stems.get(0)[0].length];
    for (float[][] s : stems) {
      float[] x = mono(s);
      for (int i = 0; i < m.length; i++) {
        m[i] += x[i];
      }
    }
    return m;
  }

  /** Second difference: a 12 dB/octave tilt, so hats stand out of a kick or snare tail. */
  static float[] emphasis(float[] x) {
    float[] y = new float[x.length];
    for (int i = 2; i < x.length; i++) {
      y[i] = x[i] - 2 * x[i - 1] + x[i - 2];
    }
    return y;
  }

  /** Log energy of consecutive windows of {@code hop} samples. */
  private static double[] logEnergy(float[] x, int hop) {
    double[] e = new double[x.length / hop];
    for (int h = 0; h < e.length; h++) {
      double s = 0;
      for (int i = h * hop; i < (h + 1) * hop; i++) {
        s += x[i] * x[i];
      }
      e[h] = Math.log10(s / hop + 1e-10);
    }
    return e;
  }

  /**
   * Onset times: hops whose energy rises more than 6 dB over the mean of the previous 20 ms, in the
   * signal as it is (kicks) or tilted up (hats over a ringing tail), merged; at least 30 ms apart.
   */
  static List<Double> onsets(float[] x, int rate) {
    List<Double> all = new ArrayList<>(rises(x, rate));
    all.addAll(rises(emphasis(x), rate));
    all.sort(Double::compare);
    List<Double> merged = new ArrayList<>();
    for (double t : all) {
      if (merged.isEmpty() || t - merged.get(merged.size() - 1) > 0.03) {
        merged.add(t);
      }
    }
    return merged;
  }

  private static List<Double> rises(float[] x, int rate) {
    int hop = Math.max(1, rate / 1000);
    double[] e = logEnergy(x, hop);
    double loudest = -10;
    for (double v : e) {
      loudest = Math.max(loudest, v);
    }
    // Quieter than 40 dB below the loudest hop is noise, not a hit.
    double floor = loudest - 4;
    List<Double> onsets = new ArrayList<>();
    int back = 20;
    double last = -1;
    for (int h = 0; h < e.length; h++) {
      double before = 0;
      int from = Math.max(0, h - back);
      for (int k = from; k < h; k++) {
        before += Math.pow(10, e[k]);
      }
      before = Math.log10(before / Math.max(1, h - from) + 1e-10);
      double t = (double) h * hop / rate;
      if (e[h] - before > 0.6 && e[h] > floor && (last < 0 || t - last > 0.03)) {
        onsets.add(t);
        last = t;
      }
    }
    return onsets;
  }

  /** Tempo from the autocorrelation of the rectified log-energy rise, searched over 60..200. */
  static double tempo(float[] x, int rate) {
    int hop = 256;
    double[] e = logEnergy(emphasis(x), hop);
    double[] flux = new double[e.length];
    double mean = 0;
    for (int h = 1; h < e.length; h++) {
      flux[h] = Math.max(0, e[h] - e[h - 1]);
      mean += flux[h] / e.length;
    }
    // Without its mean the envelope correlates with its own rhythm, not with its average level.
    for (int h = 0; h < flux.length; h++) {
      flux[h] -= mean;
    }
    double hopSeconds = (double) hop / rate;
    double bestBpm = 0;
    double best = -1;
    for (double bpm = 60; bpm <= 200; bpm += 0.1) {
      double lag = 60 / bpm / hopSeconds;
      double score = acf(flux, lag);
      // A log-Gaussian tempo prior around 120 BPM, as in Ellis (2007), "Beat tracking by dynamic
      // programming", settles the choice between a tempo and its half or double.
      double octaves = Math.log(bpm / 120) / Math.log(2);
      score *= Math.exp(-0.5 * octaves * octaves);
      if (score > best) {
        best = score;
        bestBpm = bpm;
      }
    }
    return bestBpm;
  }

  private static double acf(double[] f, double lag) {
    int l = (int) Math.floor(lag);
    double frac = lag - l;
    double s = 0;
    for (int i = 0; i + l + 1 < f.length; i++) {
      s += f[i] * ((1 - frac) * f[i + l] + frac * f[i + l + 1]);
    }
    return s / (f.length - l);
  }

  // Krumhansl & Kessler (1982) key profiles, as published in Krumhansl (1990), table 2.1.
  private static final double[] MAJOR = {
    6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88
  };
  private static final double[] MINOR = {
    6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17
  };

  /** The key as {tonic pitch class, 1 when minor}. */
  static int[] key(float[] x, int rate) {
    double[] chroma = chroma(x, rate);
    double best = -2;
    int[] key = null;
    for (int tonic = 0; tonic < 12; tonic++) {
      for (int minor = 0; minor < 2; minor++) {
        double[] profile = new double[12];
        for (int i = 0; i < 12; i++) {
          profile[(tonic + i) % 12] = (minor == 1 ? MINOR : MAJOR)[i];
        }
        double r = correlation(chroma, profile);
        if (r > best) {
          best = r;
          key = new int[] {tonic, minor};
        }
      }
    }
    return key;
  }

  /** Pitch-class energy by Goertzel filters on every semitone from C2 to C7. */
  static double[] chroma(float[] x, int rate) {
    int frame = 8192;
    double[] chroma = new double[12];
    for (int midi = 36; midi <= 96; midi++) {
      double hz = 440 * Math.pow(2, (midi - 69) / 12.0);
      double coeff = 2 * Math.cos(2 * Math.PI * hz / rate);
      double total = 0;
      for (int start = 0; start + frame <= x.length; start += frame) {
        double s1 = 0;
        double s2 = 0;
        for (int i = start; i < start + frame; i++) {
          double s0 = x[i] + coeff * s1 - s2;
          s2 = s1;
          s1 = s0;
        }
        total += Math.sqrt(Math.max(0, s1 * s1 + s2 * s2 - coeff * s1 * s2));
      }
      chroma[midi % 12] += total;
    }
    return chroma;
  }

  private static double correlation(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < 12; i++) {
      ma += a[i] / 12;
      mb += b[i] / 12;
    }
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < 12; i++) {
      ab += (a[i] - ma) * (b[i] - mb);
      aa += (a[i] - ma) * (a[i] - ma);
      bb += (b[i] - mb) * (b[i] - mb);
    }
    return ab / Math.sqrt(aa * bb);
  }
}
