package dev.cadenza.analyze.tempo;

/**
 * How alike the rhythm inside beats a given number of beats apart is: a bar repeats its pattern of
 * accents, so beats one bar apart sound alike and beats a fraction of a bar apart less so. Each
 * beat is described by the onset strength of the low, mid and high register at the beat and at a
 * quarter, a third, half, two thirds and three quarters of the way to the next beat; {@link
 * #distance} is the mean absolute difference between such descriptions {@code lag} beats apart.
 *
 * <p>It tells bars of three beats from bars of four where accent contrasts cannot: in a
 * four-on-the-floor groove every beat has its kick, and the contrast between beats is small and
 * easily swayed by a fill or a drop, but the hats, claps and bass of beats two and four apart still
 * match. A waltz matches at three and six beats, a march or a reel at two and four. (Beat
 * similarity for the bar length is the idea of M. Gainza, "Automatic musical meter detection",
 * ICASSP 2009, on a beat-synchronous spectrogram; here on the onset registers already at hand.)
 */
final class BeatPatterns {

  /** Where inside a beat interval the onset strength is read. */
  private static final double[] POSITIONS = {0, 0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75};

  private final double[][] patterns;

  /**
   * @param beats beat frames, increasing
   * @param registers novelty curves of the registers (nulls, silent registers, are skipped)
   */
  BeatPatterns(int[] beats, double[]... registers) {
    int n = Math.max(0, beats.length - 1);
    patterns = new double[n][registers.length * POSITIONS.length];
    for (int i = 0; i < n; i++) {
      double interval = beats[i + 1] - beats[i];
      for (int r = 0; r < registers.length; r++) {
        if (registers[r] == null) {
          continue;
        }
        for (int k = 0; k < POSITIONS.length; k++) {
          int frame = (int) StrictMath.round(beats[i] + POSITIONS[k] * interval);
          patterns[i][r * POSITIONS.length + k] = MeterDetector.peakNear(registers[r], frame);
        }
      }
    }
  }

  /** Mean distance between the patterns of beats {@code lag} apart; infinite when none are. */
  double distance(int lag) {
    double sum = 0;
    int count = 0;
    for (int i = 0; i + lag < patterns.length; i++) {
      for (int j = 0; j < patterns[i].length; j++) {
        sum += Math.abs(patterns[i][j] - patterns[i + lag][j]);
      }
      count++;
    }
    return count == 0 ? Double.POSITIVE_INFINITY : sum / count;
  }

  /** Whether beats three or six apart match better than beats two or four apart. */
  boolean triple() {
    return Math.min(distance(3), distance(6)) < Math.min(distance(2), distance(4));
  }
}
