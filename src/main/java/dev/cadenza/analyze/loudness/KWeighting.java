package dev.cadenza.analyze.loudness;

import dev.cadenza.dsp.Biquad;

/**
 * The K-frequency weighting of ITU-R BS.1770-5 Annex 1 (§2.1, Tables 1 and 2), designed for any
 * sample rate.
 *
 * <p>The Recommendation publishes the two stages as digital coefficients at 48 kHz only. The analog
 * prototype below is the one whose bilinear transform (corner prewarped) gives exactly those
 * coefficients: it was obtained by inverting the transform of the published 48 kHz values (the
 * shelf's five coefficients are consistent with unity gain at DC, so four parameters determine
 * them). Transforming the same prototype at another rate keeps the response, up to the frequency
 * warping near Nyquist that every bilinear design has.
 */
public final class KWeighting {

  /** Stage 1, the pre-filter (a high shelf modelling the acoustic effect of the head). */
  static final double SHELF_F0 = 1681.974450955533;

  static final double SHELF_Q = 0.7071752369554196;

  /** High-frequency gain, +3.99984385 dB. */
  static final double SHELF_V_HIGH = 1.584864701130855;

  static final double SHELF_V_BAND = 1.258720930232562;

  /** Stage 2, the RLB weighting (a second-order high-pass). */
  static final double HIGH_PASS_F0 = 38.13547087602444;

  static final double HIGH_PASS_Q = 0.5003270373238773;

  private KWeighting() {}

  /** Stage 1 at {@code sampleRate} (BS.1770-5 Annex 1, Table 1 at 48 kHz). */
  public static Biquad preFilter(double sampleRate) {
    return Biquad.shelf(SHELF_F0, SHELF_Q, SHELF_V_HIGH, SHELF_V_BAND, sampleRate);
  }

  /**
   * Stage 2 at {@code sampleRate} (BS.1770-5 Annex 1, Table 2 at 48 kHz), with the numerator {@code
   * 1, -2, 1} as published.
   */
  public static Biquad rlbHighPass(double sampleRate) {
    return Biquad.highPassUnnormalised(HIGH_PASS_F0, HIGH_PASS_Q, sampleRate);
  }
}
