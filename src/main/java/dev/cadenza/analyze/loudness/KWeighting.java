package dev.cadenza.analyze.loudness;

import dev.cadenza.dsp.Biquad;

/**
 * The K-frequency weighting of ITU-R BS.1770-5 Annex 1 (Tables 1 and 2), designed for any sample
 * rate.
 *
 * <p>The Recommendation publishes the two stages as digital coefficients at 48 kHz only. The analog
 * prototype below is the one whose bilinear transform (corner prewarped) gives exactly those
 * coefficients: it was obtained by inverting the transform of the published 48 kHz values (the
 * shelf's five coefficients are consistent with unity gain at DC, so four parameters determine
 * them). Transforming the same prototype at another rate keeps the response, up to the frequency
 * warping near Nyquist that every bilinear design has: at 32 to 192 kHz the magnitude stays within
 * 0.015 dB of the published 48 kHz filter up to 0.4 fs (checked in {@code KWeightingTest}).
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

  /**
   * The published stage 2 has the numerator {@code 1, -2, 1}, which is the high-pass scaled by
   * {@code 1 + K/q + K^2} at 48 kHz (+0.043 dB in the pass band). That gain belongs to the
   * prototype: keeping it fixed, rather than the numerator, keeps the response the same at every
   * rate (the numerator {@code 1, -2, 1} at 96 kHz would read 0.02 dB lower).
   */
  static final double HIGH_PASS_GAIN = 1.0049948987146883;

  private KWeighting() {}

  /** Stage 1 at {@code sampleRate} (BS.1770-5 Annex 1, Table 1 at 48 kHz). */
  public static Biquad preFilter(double sampleRate) {
    return Biquad.shelf(SHELF_F0, SHELF_Q, SHELF_V_HIGH, SHELF_V_BAND, sampleRate);
  }

  /** Stage 2 at {@code sampleRate} (BS.1770-5 Annex 1, Table 2 at 48 kHz). */
  public static Biquad rlbHighPass(double sampleRate) {
    return Biquad.highPass(HIGH_PASS_F0, HIGH_PASS_Q, HIGH_PASS_GAIN, sampleRate);
  }
}
