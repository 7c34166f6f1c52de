package dev.cadenza.analyze.loudness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.dsp.Biquad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KWeightingTest {

  /** ITU-R BS.1770-5 Annex 1, Table 1: the pre-filter at 48 kHz. */
  private static final double[] PUBLISHED_SHELF = {
    1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585
  };

  /** ITU-R BS.1770-5 Annex 1, Table 2: the RLB high-pass at 48 kHz. */
  private static final double[] PUBLISHED_HIGH_PASS = {
    1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621
  };

  @Test
  void at48kHzTheDesignReproducesThePublishedCoefficients() {
    assertCoefficients(KWeighting.preFilter(48_000), PUBLISHED_SHELF);
    assertCoefficients(KWeighting.rlbHighPass(48_000), PUBLISHED_HIGH_PASS);
  }

  @ParameterizedTest(name = "{0} Hz")
  @ValueSource(ints = {32_000, 44_100, 88_200, 96_000, 192_000})
  void atOtherRatesTheResponseIsThePublishedOne(int rate) {
    // Reference: the magnitude of the published 48 kHz cascade, evaluated here from its
    // coefficients; the design at `rate` may differ only by bilinear warping, which is tiny below
    // 0.4 fs for these rates.
    for (double f = 10; f <= 0.4 * rate && f <= 20_000; f *= 1.25) {
      double published = cascadeDb(PUBLISHED_SHELF, PUBLISHED_HIGH_PASS, f, 48_000);
      double designed =
          20
              * Math.log10(
                  KWeighting.preFilter(rate).magnitudeAt(f, rate)
                      * KWeighting.rlbHighPass(rate).magnitudeAt(f, rate));
      assertThat(designed).as("%d Hz, %.0f Hz", rate, f).isCloseTo(published, within(0.015));
    }
  }

  @Test
  void the1kHzGainIsWhatTheMinus0691OffsetCancels() {
    // BS.1770-5 eq. (2): -0.691 dB makes a 997 Hz tone read its RMS level, so K-weighting there is
    // +0.691 dB to within the published rounding.
    double db = cascadeDb(PUBLISHED_SHELF, PUBLISHED_HIGH_PASS, 997, 48_000);
    assertThat(db).isCloseTo(0.691, within(0.001));
    double designed =
        20
            * Math.log10(
                KWeighting.preFilter(44_100).magnitudeAt(997, 44_100)
                    * KWeighting.rlbHighPass(44_100).magnitudeAt(997, 44_100));
    assertThat(designed).isCloseTo(0.691, within(0.002));
  }

  private static void assertCoefficients(Biquad b, double[] expected) {
    assertThat(new double[] {b.b0(), b.b1(), b.b2(), b.a1(), b.a2()})
        .containsExactly(expected, within(1e-8));
  }

  /** |H(e^jw)| in dB of two biquads {b0, b1, b2, a1, a2} in cascade, from first principles. */
  private static double cascadeDb(double[] first, double[] second, double f, double fs) {
    return 20 * Math.log10(magnitude(first, f, fs) * magnitude(second, f, fs));
  }

  private static double magnitude(double[] c, double f, double fs) {
    double w = 2 * Math.PI * f / fs;
    double nr = c[0] + c[1] * Math.cos(w) + c[2] * Math.cos(2 * w);
    double ni = -c[1] * Math.sin(w) - c[2] * Math.sin(2 * w);
    double dr = 1 + c[3] * Math.cos(w) + c[4] * Math.cos(2 * w);
    double di = -c[3] * Math.sin(w) - c[4] * Math.sin(2 * w);
    return Math.hypot(nr, ni) / Math.hypot(dr, di);
  }
}
