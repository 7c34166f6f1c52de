package dev.cadenza.analyze.loudness;

/**
 * EBU Tech 3341 cases 20-23: a sine at fs/6, 0.50 FFS, containing one period of a sine at fs/4 at
 * full scale, synthesised at 4 fs, low-pass filtered and downsampled by 4 at a sample offset of 0,
 * 1, 2 or 3. The true peak (the burst) reads 0 dBTP whichever samples survive the downsampling.
 */
final class BurstSignal {
  private BurstSignal() {}

  private static final int UP = 4;

  /** One second at {@code rate}, downsampled with {@code offset}. */
  static float[] downsampled(int rate, int offset) {
    double[] high = lowPassed(synthesised(rate));
    int n = (high.length - offset) / UP;
    float[] out = new float[n];
    for (int m = 0; m < n; m++) {
      out[m] = (float) high[UP * m + offset];
    }
    return out;
  }

  /**
   * The peak of the band-limited signal itself, read on the 4 fs grid before downsampling: the
   * reference the true-peak meter should reproduce from the downsampled samples.
   */
  static double densePeakDb(int rate) {
    double peak = 0;
    for (double v : lowPassed(synthesised(rate))) {
      peak = Math.max(peak, Math.abs(v));
    }
    return 20 * StrictMath.log10(peak);
  }

  /** At 4 fs: fs/6 is 24 samples a period, fs/4 is 16. */
  static double[] synthesised(int rate) {
    int n = UP * rate;
    double[] x = new double[n];
    int burst = 24 * (n / 2 / 24); // an upward zero crossing of the fs/6 sine, mid-signal
    for (int i = 0; i < n; i++) {
      if (i < burst) {
        x[i] = 0.5 * StrictMath.sin(2 * StrictMath.PI * i / 24);
      } else if (i < burst + 16) {
        x[i] = StrictMath.sin(2 * StrictMath.PI * (i - burst) / 16);
      } else {
        x[i] = 0.5 * StrictMath.sin(2 * StrictMath.PI * (i - burst - 16) / 24);
      }
    }
    // 10 ms fades at the ends (at 4 fs), as for the steady tones of cases 15-19.
    int fade = UP * rate / 100;
    for (int i = 0; i < fade; i++) {
      double g = 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * i / fade);
      x[i] *= g;
      x[n - 1 - i] *= g;
    }
    return x;
  }

  /**
   * A linear-phase low-pass at 4 fs with its cutoff at 0.45 fs (Kaiser-windowed sinc, 513 taps,
   * beta 10): removes what would alias when keeping every fourth sample.
   */
  static double[] lowPassed(double[] x) {
    int half = 256;
    double cutoff = 0.45 / UP; // cycles per sample at 4 fs
    double[] h = new double[2 * half + 1];
    double beta = 10;
    for (int k = -half; k <= half; k++) {
      double t = 2 * StrictMath.PI * cutoff * k;
      double sinc = k == 0 ? 1 : StrictMath.sin(t) / t;
      double r = (double) k / half;
      h[k + half] = 2 * cutoff * sinc * i0(beta * StrictMath.sqrt(1 - r * r)) / i0(beta);
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double acc = 0;
      int lo = Math.max(0, i - half);
      int hi = Math.min(x.length - 1, i + half);
      for (int j = lo; j <= hi; j++) {
        acc += h[j - i + half] * x[j];
      }
      y[i] = acc;
    }
    return y;
  }

  private static double i0(double x) {
    double sum = 1;
    double term = 1;
    for (int k = 1; k < 100; k++) {
      term *= (x / 2) * (x / 2) / ((double) k * k);
      sum += term;
    }
    return sum;
  }
}
