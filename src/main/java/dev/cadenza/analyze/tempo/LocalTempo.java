package dev.cadenza.analyze.tempo;

/**
 * The tempo over time at the metrical level of the global estimate: in windows of {@value
 * #WINDOW_SECONDS} s every {@value #HOP_SECONDS} s, the period within a factor {@value #RANGE} of
 * the global period whose windowed autocorrelation (lag {@code p} plus half of lag {@code 2p}) is
 * largest, pulled towards the global period. The range stays inside the 3/4..4/3 neighbours (the
 * 3+3+2 figures of dembow and tresillo grooves make 3/4 of a beat a strong periodicity) so the
 * curve cannot jump metrical level.
 */
final class LocalTempo {

  static final double WINDOW_SECONDS = 8;
  static final double HOP_SECONDS = 2;
  static final double RANGE = 1.2;

  /**
   * Pull towards the global period, per squared log-ratio, against the autocorrelation normalised
   * by the window's variance: where a window has little rhythm of its own (an intro of pads, a
   * breakdown) it keeps the global period; a clear local tempo (a 17 % change costs 0.1) still
   * wins.
   */
  static final double PULL = 4;

  /**
   * Local periods.
   *
   * @param centres window centres, frames
   * @param periods the local beat period of each window, frames
   */
  record Curve(double[] centres, double[] periods) {

    /** The period at a frame, linearly interpolated between window centres. */
    double periodAt(int frame) {
      int n = centres.length;
      if (frame <= centres[0]) {
        return periods[0];
      }
      if (frame >= centres[n - 1]) {
        return periods[n - 1];
      }
      int i = 0;
      while (centres[i + 1] < frame) {
        i++;
      }
      double f = (frame - centres[i]) / (centres[i + 1] - centres[i]);
      return periods[i] * (1 - f) + periods[i + 1] * f;
    }
  }

  private LocalTempo() {}

  static Curve of(double[] novelty, double frameRate, double globalPeriod) {
    int n = novelty.length;
    int window = Math.min(n, (int) StrictMath.round(WINDOW_SECONDS * frameRate));
    int hop = Math.max(1, (int) StrictMath.round(HOP_SECONDS * frameRate));
    int minLag = Math.max(1, (int) StrictMath.floor(globalPeriod / RANGE));
    int maxLag = (int) StrictMath.ceil(globalPeriod * RANGE);
    int count = n <= window ? 1 : 1 + (n - window + hop - 1) / hop;
    double[] centres = new double[count];
    double[] periods = new double[count];
    double[] r = new double[2 * maxLag + 2];
    double[] centred = new double[window];
    for (int w = 0; w < count; w++) {
      int start = Math.min(w * hop, n - window);
      centres[w] = start + window / 2.0;
      double mean = 0;
      for (int i = start; i < start + window; i++) {
        mean += novelty[i];
      }
      mean /= window;
      // Centred once per window rather than once per lag and product: the same values, summed in
      // the same order, at half the arithmetic.
      double variance = 0;
      for (int i = 0; i < window; i++) {
        centred[i] = novelty[start + i] - mean;
        variance += centred[i] * centred[i];
      }
      variance /= window;
      for (int lag = minLag; lag < r.length; lag++) {
        if (lag <= maxLag + 1 || lag >= 2 * minLag) {
          double s = 0;
          for (int i = 0; i + lag < window; i++) {
            s += centred[i] * centred[i + lag];
          }
          r[lag] = window > lag ? s / (window - lag) : 0;
        }
      }
      double best = Double.NEGATIVE_INFINITY;
      double bestPeriod = globalPeriod;
      for (double p = minLag; p <= maxLag; p += 0.25) {
        double drift = StrictMath.log(p / globalPeriod);
        double s =
            variance > 0
                ? (interpolate(r, p) + 0.5 * interpolate(r, 2 * p)) / variance
                    - PULL * drift * drift
                : -drift * drift;
        if (s > best) {
          best = s;
          bestPeriod = p;
        }
      }
      periods[w] = bestPeriod;
    }
    return new Curve(centres, periods);
  }

  private static double interpolate(double[] r, double lag) {
    int i = (int) lag;
    if (i + 1 >= r.length) {
      return r[r.length - 1];
    }
    double f = lag - i;
    return r[i] * (1 - f) + r[i + 1] * f;
  }
}
