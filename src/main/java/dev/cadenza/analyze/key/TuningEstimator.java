package dev.cadenza.analyze.key;

/**
 * Estimates how far a recording's tuning sits from A = 440 Hz equal temperament. Each spectral
 * peak's pitch in semitones is a point on a circle of circumference one semitone; the weighted
 * circular mean of those points is the common offset. Harmonics that equal temperament does not
 * contain (the fifth of the third partial is +2 cents, the third of the fifth -14 cents) pull it
 * slightly, which is why peaks are weighted by power: fundamentals usually dominate.
 */
final class TuningEstimator {

  private double sumCos;
  private double sumSin;
  private double sumWeight;

  /**
   * @param midiPitch the peak's pitch in fractional MIDI note numbers (69 = 440 Hz)
   * @param weight the peak's weight, non-negative
   */
  void add(double midiPitch, double weight) {
    double angle = 2 * Math.PI * midiPitch;
    sumCos += weight * Math.cos(angle);
    sumSin += weight * Math.sin(angle);
    sumWeight += weight;
  }

  /** The offset in cents, -50..50, or null when no peak was added. */
  Double cents() {
    if (!(sumWeight > 0) || (sumCos == 0 && sumSin == 0)) {
      return null;
    }
    return 100 * Math.atan2(sumSin, sumCos) / (2 * Math.PI);
  }

  /**
   * How much the peaks agree on one offset: the length of the mean resultant vector, 0 (offsets
   * spread all round the semitone) to 1 (all peaks on the same offset).
   */
  double agreement() {
    return sumWeight > 0 ? Math.hypot(sumCos, sumSin) / sumWeight : 0;
  }
}
