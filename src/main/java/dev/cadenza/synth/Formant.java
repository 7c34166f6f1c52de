package dev.cadenza.synth;

/**
 * One resonance of a vocal tract or an instrument's body: a peak at a centre frequency with a level
 * and a bandwidth.
 *
 * @param hz centre
 * @param db level relative to the strongest resonance
 * @param bandwidthHz width of the peak at -3 dB
 */
record Formant(double hz, double db, double bandwidthHz) {
  /** The linear gain of the level. */
  double gain() {
    return StrictMath.pow(10, db / 20);
  }
}
