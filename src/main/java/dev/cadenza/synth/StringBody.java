package dev.cadenza.synth;

import dev.cadenza.dsp.Rbj;

/**
 * The wooden body of an acoustic string instrument as a few resonances added to the string's
 * signal: the air cavity (the Helmholtz mode of the sound hole), the first modes of the top plate,
 * and a gentle lift of the highs the top radiates. A guitar's air mode sits near 100 Hz and its top
 * near 200 Hz; a double bass's an octave and more lower.
 *
 * @param modesHz the resonances' centres
 * @param gainsDb each resonance's lift at its centre
 * @param q the resonances' sharpness
 * @param airDb the high shelf above 3 kHz (the brilliance of a steel top, or a dull gut string)
 */
record StringBody(double[] modesHz, double[] gainsDb, double q, double airDb) {
  static final StringBody STEEL_GUITAR =
      new StringBody(new double[] {98, 204, 390}, new double[] {6, 5, 3}, 2.5, 2);
  static final StringBody NYLON_GUITAR =
      new StringBody(new double[] {95, 195, 370}, new double[] {6, 4, 2}, 2.5, -4);
  static final StringBody DOUBLE_BASS =
      new StringBody(new double[] {62, 110, 200}, new double[] {6, 4, 3}, 2.0, -6);

  /** Runs {@code x[0..n)} through the body in place. */
  void process(double[] x, int n, double sr) {
    for (int k = 0; k < modesHz.length; k++) {
      Sections.filter(x, n, Rbj.peaking(Sections.below(modesHz[k], sr), q, gainsDb[k], sr));
    }
    Sections.filter(x, n, Rbj.highShelf(Sections.below(3000, sr), 0.7, airDb, sr));
  }
}
