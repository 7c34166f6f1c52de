package dev.cadenza.analyze.spectral;

import static dev.cadenza.analyze.Rounding.round;

import dev.cadenza.spec.Spectral;

/** Turns summed power spectra and stereo sums into the {@link Spectral} record. */
final class SpectralSummary {

  /** The share of power below the rolloff frequency. */
  static final double ROLLOFF = 0.85;

  private SpectralSummary() {}

  /**
   * @param nyquist half the sample rate
   * @param lows lower edge of each spectrum cell, ascending and contiguous with {@code highs}
   * @param highs upper edge of each cell
   * @param powers power in each cell
   * @param named power in each of the five named bands
   * @param total power of all cells
   * @param weightedFrequency sum of frequency times power
   * @param monoMeanSquare mean square of the mono downmix the spectrum is of
   * @param stereo sums of left², right² and left·right; null for a mono stream
   */
  static Spectral of(
      double nyquist,
      double[] lows,
      double[] highs,
      double[] powers,
      double[] named,
      double total,
      double weightedFrequency,
      double monoMeanSquare,
      double[] stereo) {
    Double centroid = null;
    Double rolloff = null;
    if (total > 0) {
      centroid = round(weightedFrequency / total, 1);
      rolloff = round(rolloff(lows, highs, powers, total), 1);
    }
    double[] edges = SpectralFeatures.NAMED_EDGES;
    Spectral.Band[] bands = new Spectral.Band[5];
    for (int n = 0; n < 5; n++) {
      double lowHz = n == 0 ? 0 : edges[n - 1];
      double highHz = n == 4 ? nyquist : Math.min(nyquist, edges[n]);
      Double share = total > 0 ? round(named[n] / total, 4) : null;
      double energy = total > 0 ? named[n] / total * monoMeanSquare : 0;
      Double db = energy > 0 ? round(10 * StrictMath.log10(energy), 2) : null;
      bands[n] = new Spectral.Band(lowHz, highHz, db, share);
    }
    Double width = null;
    Double correlation = null;
    if (stereo != null) {
      double sum = stereo[0] + stereo[1];
      if (sum > 0) {
        width = round(Math.max(0, Math.min(1, 0.5 - stereo[2] / sum)), 4);
      }
      double product = stereo[0] * stereo[1];
      if (product > 0) {
        correlation = round(Math.max(-1, Math.min(1, stereo[2] / Math.sqrt(product))), 4);
      }
    }
    return new Spectral(
        centroid,
        rolloff,
        new Spectral.Bands(bands[0], bands[1], bands[2], bands[3], bands[4]),
        width,
        correlation);
  }

  /** Where the cumulative power reaches {@link #ROLLOFF} of the total, linear within a cell. */
  static double rolloff(double[] lows, double[] highs, double[] powers, double total) {
    double target = ROLLOFF * total;
    double cumulative = 0;
    for (int i = 0; i < powers.length; i++) {
      if (cumulative + powers[i] >= target && powers[i] > 0) {
        double fraction = (target - cumulative) / powers[i];
        return lows[i] + fraction * (highs[i] - lows[i]);
      }
      cumulative += powers[i];
    }
    return highs[highs.length - 1];
  }
}
