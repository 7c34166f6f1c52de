package dev.cadenza.analyze.tempo;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The normalised autocorrelation of a novelty curve, computed by FFT: {@code at(lag)} is the
 * correlation coefficient between the mean-removed curve and itself shifted by {@code lag} frames,
 * corrected for the shrinking overlap, so 1 means an exact repeat and noise reads near 0.
 */
final class Autocorrelation {

  private final double[] values;

  private Autocorrelation(double[] values) {
    this.values = values;
  }

  static Autocorrelation of(double[] curve, int maxLag) {
    int n = curve.length;
    double mean = 0;
    for (double v : curve) {
      mean += v;
    }
    mean /= n;
    // Lags up to maxLag need only n + maxLag points to keep the circular product from wrapping,
    // not 2n: on a 2-hour curve that halves a buffer of tens of megabytes.
    int lags = Math.min(maxLag, n - 1) + 1;
    int size = Integer.highestOneBit(Math.max(2, n + lags - 1)) * 2;
    double[] buffer = new double[2 * size];
    for (int i = 0; i < n; i++) {
      buffer[2 * i] = curve[i] - mean;
    }
    DoubleFFT_1D fft = new DoubleFFT_1D(size);
    fft.complexForward(buffer);
    for (int k = 0; k < size; k++) {
      double re = buffer[2 * k];
      double im = buffer[2 * k + 1];
      buffer[2 * k] = re * re + im * im;
      buffer[2 * k + 1] = 0;
    }
    fft.complexInverse(buffer, false);
    double[] values = new double[Math.max(lags, 1)];
    double zero = buffer[0];
    if (zero <= 0) {
      return new Autocorrelation(values);
    }
    for (int lag = 0; lag < lags; lag++) {
      double overlap = (double) (n - lag) / n;
      values[lag] = buffer[2 * lag] / zero / overlap;
    }
    return new Autocorrelation(values);
  }

  /** The coefficient at a fractional lag (linear interpolation); 0 beyond the computed range. */
  double at(double lag) {
    if (lag < 0 || lag > values.length - 1) {
      return 0;
    }
    int i = (int) lag;
    if (i == values.length - 1) {
      return values[i];
    }
    double f = lag - i;
    return values[i] * (1 - f) + values[i + 1] * f;
  }

  int maxLag() {
    return values.length - 1;
  }
}
