package dev.cadenza.synth;

import dev.cadenza.dsp.Biquad;
import dev.cadenza.dsp.Rbj;

/**
 * Test helper: how a signal's energy splits at a frequency, by a fourth-order Butterworth high-pass
 * (two RBJ sections at Q 0.541 and 1.307, the Butterworth pole pairs) run from the start of the
 * signal so that its state is settled where the measured span begins.
 */
final class Bands {
  private Bands() {}

  /** Energy of x[from, to) above {@code hz}. */
  static double energyAbove(float[] x, int from, int to, double hz, double rate) {
    double[] y = highPassed(x, to, hz, rate);
    double e = 0;
    for (int i = from; i < to; i++) {
      e += y[i] * y[i];
    }
    return e;
  }

  /** Energy of x[from, to). */
  static double energy(float[] x, int from, int to) {
    double e = 0;
    for (int i = from; i < to; i++) {
      e += (double) x[i] * x[i];
    }
    return e;
  }

  /** Share 0..1 of the energy of x[from, to) above {@code hz}. */
  static double shareAbove(float[] x, int from, int to, double hz, double rate) {
    return energyAbove(x, from, to, hz, rate) / energy(x, from, to);
  }

  private static double[] highPassed(float[] x, int to, double hz, double rate) {
    double[] y = new double[to];
    for (int i = 0; i < to; i++) {
      y[i] = x[i];
    }
    section(y, Rbj.highPass(hz, 0.5412, rate));
    section(y, Rbj.highPass(hz, 1.3066, rate));
    return y;
  }

  private static void section(double[] y, Biquad b) {
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (int i = 0; i < y.length; i++) {
      double in = y[i];
      double out = b.b0() * in + b.b1() * x1 + b.b2() * x2 - b.a1() * y1 - b.a2() * y2;
      x2 = x1;
      x1 = in;
      y2 = y1;
      y1 = out;
      y[i] = out;
    }
  }
}
