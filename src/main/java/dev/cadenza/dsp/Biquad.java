package dev.cadenza.dsp;

/**
 * The coefficients of a second-order IIR section, normalised so that a0 = 1:
 *
 * <pre>
 *   H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2)
 * </pre>
 *
 * Designs here use the bilinear transform with the analog corner frequency prewarped, {@code K =
 * tan(pi f0 / fs)}, so a prototype specified in the analog domain lands on the same corner at every
 * sample rate.
 */
public record Biquad(double b0, double b1, double b2, double a1, double a2) {

  /**
   * The bilinear transform of a second-order analog section with unity gain at DC and the given
   * high-frequency gain:
   *
   * <pre>
   *   H(s) = (vHigh s^2 + vBand (w0/q) s + w0^2) / (s^2 + (w0/q) s + w0^2)
   * </pre>
   *
   * With {@code vHigh = vBand^2} this is the classic high shelf; BS.1770's pre-filter uses an
   * independent {@code vBand}.
   *
   * @param f0 corner frequency in Hz
   * @param q quality factor of the poles
   * @param vHigh linear gain as frequency goes to infinity
   * @param vBand linear weight of the first-order numerator term
   * @param sampleRate in Hz
   */
  public static Biquad shelf(double f0, double q, double vHigh, double vBand, double sampleRate) {
    double k = StrictMath.tan(StrictMath.PI * f0 / sampleRate);
    double kk = k * k;
    double a0 = 1 + k / q + kk;
    return new Biquad(
        (vHigh + vBand * k / q + kk) / a0,
        2 * (kk - vHigh) / a0,
        (vHigh - vBand * k / q + kk) / a0,
        2 * (kk - 1) / a0,
        (1 - k / q + kk) / a0);
  }

  /**
   * The bilinear transform of the second-order high-pass {@code g s^2 / (s^2 + (w0/q) s + w0^2)}.
   *
   * @param f0 corner frequency in Hz
   * @param q quality factor of the poles
   * @param gain pass-band gain g (the gain as frequency goes to infinity)
   * @param sampleRate in Hz
   */
  public static Biquad highPass(double f0, double q, double gain, double sampleRate) {
    double k = StrictMath.tan(StrictMath.PI * f0 / sampleRate);
    double kk = k * k;
    double a0 = 1 + k / q + kk;
    return new Biquad(
        gain / a0, -2 * gain / a0, gain / a0, 2 * (kk - 1) / a0, (1 - k / q + kk) / a0);
  }

  /** The magnitude response at {@code frequency}, from the transfer function on the unit circle. */
  public double magnitudeAt(double frequency, double sampleRate) {
    double w = 2 * StrictMath.PI * frequency / sampleRate;
    double c1 = StrictMath.cos(w);
    double s1 = StrictMath.sin(w);
    double c2 = StrictMath.cos(2 * w);
    double s2 = StrictMath.sin(2 * w);
    double numRe = b0 + b1 * c1 + b2 * c2;
    double numIm = -(b1 * s1 + b2 * s2);
    double denRe = 1 + a1 * c1 + a2 * c2;
    double denIm = -(a1 * s1 + a2 * s2);
    return StrictMath.hypot(numRe, numIm) / StrictMath.hypot(denRe, denIm);
  }
}
