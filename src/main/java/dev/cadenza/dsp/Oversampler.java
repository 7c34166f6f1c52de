package dev.cadenza.dsp;

import java.util.function.DoubleUnaryOperator;

/**
 * Runs a memoryless nonlinearity at L times the sample rate, so the harmonics it creates up to L/2
 * times the sample rate are filtered away instead of folding back into the audible band.
 *
 * <p>Up: the {@link PolyphaseInterpolator} design (Kaiser-windowed sinc, T taps per branch), which
 * keeps the input samples and fills in L-1 values between each pair. Down: the same prototype
 * sampled at the high rate, {@code h[k] = sinc(k/L) kaiser(k/(L T/2)) / L} for |k| &lt;= L T/2, a
 * low-pass at the original Nyquist frequency, evaluated only at every L-th high-rate sample. With T
 * = 32 and beta 8 both filters pass up to about 0.42 fs and reject from 0.58 fs by 60 dB or more.
 * The output lags the input by T frames (T/2 for each filter).
 */
final class Oversampler {
  static final int TAPS = 32;
  static final double BETA = 8;

  private final int factor;
  private final double[][] up;
  private final double[] down;
  private final DoubleUnaryOperator curve;

  /** Per channel: the last T input samples (ring of 2T, mirrored so a window is contiguous). */
  private final double[][] low;

  private int lowPos;

  /** Per channel: the last L T + 1 high-rate samples, mirrored likewise. */
  private final double[][] high;

  private int highPos;
  private final int highLength;
  private final double[] values;

  Oversampler(int factor, int channels, DoubleUnaryOperator curve) {
    if (factor < 1 || factor > 8) {
      throw new IllegalArgumentException("oversampling must be 1..8: " + factor);
    }
    this.factor = factor;
    this.curve = curve;
    PolyphaseInterpolator design = PolyphaseInterpolator.design(factor, TAPS, BETA);
    this.up = new double[factor][];
    for (int p = 1; p < factor; p++) {
      up[p] = design.coefficients(p);
    }
    this.highLength = factor * TAPS + 1;
    this.down = new double[highLength];
    int centre = factor * TAPS / 2;
    double norm = PolyphaseInterpolator.besselI0(BETA);
    double sum = 0;
    for (int k = 0; k < highLength; k++) {
      double t = (double) (k - centre) / factor;
      double r = (double) (k - centre) / centre;
      double window =
          PolyphaseInterpolator.besselI0(BETA * StrictMath.sqrt(Math.max(0, 1 - r * r)));
      down[k] = sinc(t) * window / norm;
      sum += down[k];
    }
    // Unity gain at DC exactly as designed, not as the window leaves it.
    for (int k = 0; k < highLength; k++) {
      down[k] /= sum;
    }
    this.low = new double[channels][2 * TAPS];
    this.high = new double[channels][2 * highLength];
    this.values = new double[factor];
  }

  int factor() {
    return factor;
  }

  /** Frames the output lags the input; 0 without oversampling. */
  int latencyFrames() {
    return factor == 1 ? 0 : TAPS;
  }

  /** The nonlinearity applied to one sample of channel {@code c} at the high rate. */
  double process(int c, double x) {
    if (factor == 1) {
      return curve.applyAsDouble(x);
    }
    double[] l = low[c];
    l[lowPos] = x;
    l[lowPos + TAPS] = x;
    // The window of T samples, oldest first, ends at the sample just written.
    int base = lowPos + 1;
    values[0] = curve.applyAsDouble(l[base + TAPS / 2 - 1]);
    for (int p = 1; p < factor; p++) {
      double[] coefficients = up[p];
      double acc = 0;
      for (int j = 0; j < TAPS; j++) {
        acc += coefficients[j] * l[base + j];
      }
      values[p] = curve.applyAsDouble(acc);
    }
    double[] h = high[c];
    double out = 0;
    for (int p = 0; p < factor; p++) {
      int pos = (highPos + p) % highLength;
      h[pos] = values[p];
      h[pos + highLength] = values[p];
      if (p == 0) {
        // The newest high-rate sample sits on the input grid: filter here, centred L T/2 back.
        int start = pos + 1;
        for (int k = 0; k < highLength; k++) {
          out += down[k] * h[start + k];
        }
      }
    }
    return out;
  }

  /** Advances the shared ring positions after every channel of a frame has been processed. */
  void advance() {
    if (factor == 1) {
      return;
    }
    lowPos = lowPos + 1 == TAPS ? 0 : lowPos + 1;
    highPos = (highPos + factor) % highLength;
  }

  void reset() {
    for (double[] l : low) {
      java.util.Arrays.fill(l, 0);
    }
    for (double[] h : high) {
      java.util.Arrays.fill(h, 0);
    }
    lowPos = 0;
    highPos = 0;
  }

  private static double sinc(double t) {
    if (t == 0) {
      return 1;
    }
    double x = StrictMath.PI * t;
    return StrictMath.sin(x) / x;
  }
}
