package dev.cadenza.synth;

import dev.cadenza.dsp.Biquad;

/** Runs a block of samples through second-order sections, in place (direct form I). */
final class Sections {
  private Sections() {}

  /** Filters {@code x[0..n)} in place through {@code b}, from rest. */
  static void filter(double[] x, int n, Biquad b) {
    double x1 = 0;
    double x2 = 0;
    double y1 = 0;
    double y2 = 0;
    double b0 = b.b0();
    double b1 = b.b1();
    double b2 = b.b2();
    double a1 = b.a1();
    double a2 = b.a2();
    for (int i = 0; i < n; i++) {
      double in = x[i];
      double y = b0 * in + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = in;
      y2 = y1;
      y1 = y;
      x[i] = y;
    }
  }

  /** A frequency kept below 45 % of the sample rate, where every design here stays stable. */
  static double below(double hz, double sampleRate) {
    return Math.min(hz, 0.45 * sampleRate);
  }
}
