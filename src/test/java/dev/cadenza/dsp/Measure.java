package dev.cadenza.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Measurements written for the tests, independent of the code under test: pitch (YIN period search
 * refined by an interpolated spectral peak), sinusoid amplitude by least squares, and windowed
 * magnitude spectra.
 */
public final class Measure {
  private Measure() {}

  /**
   * Fundamental frequency of {@code x[from, to)}: the YIN cumulative-mean-normalised difference
   * picks the period (robust against octave errors), then the peak of a Hann-windowed, zero-padded
   * spectrum within a semitone of that estimate gives the precise frequency.
   */
  public static double pitchHz(float[] x, int from, int to, double sampleRate) {
    double coarse = yinHz(x, from, to, sampleRate);
    if (Double.isNaN(coarse)) {
      return Double.NaN;
    }
    return refineHz(x, from, to, sampleRate, coarse);
  }

  /** YIN (de Cheveigné and Kawahara 2002) on the start of the range; NaN when no period found. */
  public static double yinHz(float[] x, int from, int to, double sampleRate) {
    int maxLag = (int) Math.min((to - from) / 2, sampleRate / 25);
    int window = maxLag;
    double[] d = new double[maxLag + 1];
    for (int lag = 1; lag <= maxLag; lag++) {
      double sum = 0;
      for (int j = 0; j < window; j++) {
        double diff = x[from + j] - x[from + j + lag];
        sum += diff * diff;
      }
      d[lag] = sum;
    }
    double[] cmnd = new double[maxLag + 1];
    cmnd[0] = 1;
    double running = 0;
    for (int lag = 1; lag <= maxLag; lag++) {
      running += d[lag];
      cmnd[lag] = running == 0 ? 1 : d[lag] * lag / running;
    }
    int minLag = Math.max(2, (int) (sampleRate / 5000));
    int best = -1;
    for (int lag = minLag; lag < maxLag; lag++) {
      if (cmnd[lag] < 0.2) {
        while (lag + 1 < maxLag && cmnd[lag + 1] < cmnd[lag]) {
          lag++;
        }
        best = lag;
        break;
      }
    }
    if (best < 0) {
      double min = Double.MAX_VALUE;
      for (int lag = minLag; lag < maxLag; lag++) {
        if (cmnd[lag] < min) {
          min = cmnd[lag];
          best = lag;
        }
      }
    }
    double a = cmnd[best - 1];
    double b = cmnd[best];
    double c = cmnd[best + 1];
    double denom = a - 2 * b + c;
    double shift = denom == 0 ? 0 : 0.5 * (a - c) / denom;
    return sampleRate / (best + shift);
  }

  private static double refineHz(float[] x, int from, int to, double sampleRate, double near) {
    int n = to - from;
    int padded = Integer.highestOneBit(n) << 3;
    double[] buf = new double[padded];
    for (int i = 0; i < n; i++) {
      double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
      buf[i] = x[from + i] * w;
    }
    new DoubleFFT_1D(padded).realForward(buf);
    double binHz = sampleRate / padded;
    int lo = (int) Math.floor(near * Math.pow(2, -1.0 / 12) / binHz);
    int hi = (int) Math.ceil(near * Math.pow(2, 1.0 / 12) / binHz);
    int peak = lo;
    double peakMag = -1;
    for (int k = Math.max(1, lo); k <= Math.min(hi, padded / 2 - 1); k++) {
      double m = magnitude(buf, k);
      if (m > peakMag) {
        peakMag = m;
        peak = k;
      }
    }
    double a = Math.log(magnitude(buf, peak - 1) + 1e-30);
    double b = Math.log(peakMag + 1e-30);
    double c = Math.log(magnitude(buf, peak + 1) + 1e-30);
    double denom = a - 2 * b + c;
    double shift = denom == 0 ? 0 : 0.5 * (a - c) / denom;
    return (peak + shift) * binHz;
  }

  /**
   * Centre frequency of a cluster of partials around the fundamental (a detuned unison, a vibrato):
   * the power-weighted mean frequency of the spectrum within 80 cents of the YIN estimate,
   * re-centred once. Use windows of a second or more so each partial's main lobe falls inside the
   * band.
   */
  public static double clusterHz(float[] x, int from, int to, double sampleRate) {
    double centre = yinHz(x, from, to, sampleRate);
    int n = to - from;
    int padded = Integer.highestOneBit(n) << 2;
    double[] buf = new double[padded];
    for (int i = 0; i < n; i++) {
      double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
      buf[i] = x[from + i] * w;
    }
    new DoubleFFT_1D(padded).realForward(buf);
    double binHz = sampleRate / padded;
    for (int pass = 0; pass < 2; pass++) {
      int lo = (int) Math.ceil(centre * Math.pow(2, -80 / 1200.0) / binHz);
      int hi = (int) Math.floor(centre * Math.pow(2, 80 / 1200.0) / binHz);
      double power = 0;
      double moment = 0;
      for (int k = lo; k <= hi; k++) {
        double m = magnitude(buf, k);
        power += m * m;
        moment += m * m * k * binHz;
      }
      centre = moment / power;
    }
    return centre;
  }

  /** |X[k]| of a JTransforms realForward packed spectrum (k in 1 .. n/2-1). */
  static double magnitude(double[] packed, int k) {
    double re = packed[2 * k];
    double im = packed[2 * k + 1];
    return Math.sqrt(re * re + im * im);
  }

  /**
   * Magnitude spectrum (bins 0 .. n/2-1) of {@code x[from, from + n)} with a 4-term Blackman-Harris
   * window, whose sidelobes stay below -92 dB.
   */
  public static double[] blackmanHarrisSpectrum(double[] x, int from, int n) {
    double[] buf = new double[n];
    for (int i = 0; i < n; i++) {
      double t = 2 * Math.PI * i / (n - 1);
      double w =
          0.35875 - 0.48829 * Math.cos(t) + 0.14128 * Math.cos(2 * t) - 0.01168 * Math.cos(3 * t);
      buf[i] = x[from + i] * w;
    }
    new DoubleFFT_1D(n).realForward(buf);
    double[] mag = new double[n / 2];
    mag[0] = Math.abs(buf[0]);
    for (int k = 1; k < n / 2; k++) {
      mag[k] = magnitude(buf, k);
    }
    return mag;
  }

  /** Amplitude of the component at {@code hz} in x[from, to), by least squares on sin and cos. */
  public static double amplitudeAt(double[] x, int from, int to, double hz, double sampleRate) {
    double ss = 0;
    double cc = 0;
    double sc = 0;
    double xs = 0;
    double xc = 0;
    for (int i = from; i < to; i++) {
      double w = 2 * Math.PI * hz * i / sampleRate;
      double s = Math.sin(w);
      double c = Math.cos(w);
      ss += s * s;
      cc += c * c;
      sc += s * c;
      xs += x[i] * s;
      xc += x[i] * c;
    }
    double det = ss * cc - sc * sc;
    double a = (xs * cc - xc * sc) / det;
    double b = (xc * ss - xs * sc) / det;
    return Math.hypot(a, b);
  }

  /** Deviation of a frequency from a reference in cents. */
  public static double cents(double hz, double reference) {
    return 1200 * Math.log(hz / reference) / Math.log(2);
  }

  /** 440·2^((p − 69)/12), written here independently of the code under test. */
  public static double midiHz(double pitch) {
    return 440 * Math.pow(2, (pitch - 69) / 12);
  }
}
