package dev.cadenza.synth;

import dev.cadenza.dsp.Rbj;
import dev.cadenza.dsp.Saturation;

/**
 * A guitar amplifier and its speaker cabinet, in the order a signal meets them:
 *
 * <ol>
 *   <li>pre-EQ: a high-pass that keeps the low strings from flabbing up the drive (tighter the more
 *       gain, as high-gain players set it) and a mid boost before the clipper (a tube screamer's
 *       hump around 700 Hz);
 *   <li>drive: a soft clipper with a small bias, so the clipping is slightly asymmetric and adds
 *       even harmonics as a tube stage does; the bias's DC is taken out by the cabinet's high-pass;
 *   <li>cabinet: a closed 12-inch speaker box, modelled as a low resonance near 110 Hz, a dip near
 *       400 Hz, a steep roll-off above about 5 kHz (two second-order low-passes) and a notch around
 *       2.8 kHz where speaker cones break up; the roll-off is what keeps distortion from fizzing.
 * </ol>
 *
 * @param drive gain into the clipper: about 1 clean, 4 crunch, 70 high gain (two or three tube
 *     stages)
 * @param tightHz the pre-EQ high-pass corner
 * @param midDb the pre-EQ mid boost
 * @param level output level after the clipper
 */
record GuitarAmp(double drive, double tightHz, double midDb, double level) {
  static final GuitarAmp CLEAN = new GuitarAmp(1.0, 70, 0, 0.9);
  static final GuitarAmp CRUNCH = new GuitarAmp(4.5, 90, 4, 0.55);
  static final GuitarAmp HIGH_GAIN = new GuitarAmp(70, 140, 7, 0.4);

  static final GuitarAmp LEAD = new GuitarAmp(25, 110, 6, 0.45);

  private static final double BIAS = 0.15;

  /** Runs {@code x[0..n)} through the amp and cabinet in place. */
  void process(double[] x, int n, double sr) {
    Sections.filter(x, n, Rbj.highPass(Sections.below(tightHz, sr), 0.7, sr));
    Sections.filter(x, n, Rbj.peaking(Sections.below(700, sr), 0.8, midDb, sr));
    double offset = Saturation.soft(BIAS);
    for (int i = 0; i < n; i++) {
      x[i] = level * (Saturation.soft(drive * x[i] + BIAS) - offset);
    }
    cabinet(x, n, sr);
  }

  private static void cabinet(double[] x, int n, double sr) {
    Sections.filter(x, n, Rbj.highPass(Sections.below(75, sr), 0.7, sr));
    Sections.filter(x, n, Rbj.peaking(Sections.below(110, sr), 1.2, 3, sr));
    Sections.filter(x, n, Rbj.peaking(Sections.below(400, sr), 1.0, -3, sr));
    Sections.filter(x, n, Rbj.peaking(Sections.below(2800, sr), 3.0, -6, sr));
    Sections.filter(x, n, Rbj.lowPass(Sections.below(5000, sr), 0.9, sr));
    Sections.filter(x, n, Rbj.lowPass(Sections.below(6500, sr), 0.6, sr));
  }
}
