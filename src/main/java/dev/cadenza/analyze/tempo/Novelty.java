package dev.cadenza.analyze.tempo;

/**
 * Turns a raw onset envelope into the signal the tempo and beat stages read: the local mean over
 * about a second is removed (a crescendo is not an onset), negative values are cut, and the result
 * is scaled to unit standard deviation so that thresholds mean the same at any level.
 */
final class Novelty {

  private static final double MEAN_WINDOW_SECONDS = 1.0;

  private Novelty() {}

  /** The normalised novelty curve, or null when the envelope carries nothing (silence). */
  static double[] of(float[] envelope, double frameRate) {
    int n = envelope.length;
    if (n == 0) {
      return null;
    }
    int half = Math.max(1, (int) StrictMath.round(MEAN_WINDOW_SECONDS * frameRate / 2));
    double[] prefix = new double[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + envelope[i];
    }
    double[] out = new double[n];
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, i - half);
      int hi = Math.min(n, i + half + 1);
      double v = envelope[i] - (prefix[hi] - prefix[lo]) / (hi - lo);
      v = Math.max(0, v);
      out[i] = v;
      sum += v;
      sumSquares += v * v;
    }
    double mean = sum / n;
    double variance = sumSquares / n - mean * mean;
    if (!(variance > 1e-12)) {
      return null;
    }
    double scale = 1 / StrictMath.sqrt(variance);
    for (int i = 0; i < n; i++) {
      out[i] *= scale;
    }
    return out;
  }
}
