package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolyphaseInterpolatorTest {

  @ParameterizedTest(name = "{0} Hz: {1}x")
  @CsvSource({"44100, 4", "48000, 4", "88200, 4", "96000, 2", "176400, 2", "192000, 1"})
  void theTruePeakFactorFollowsBs1770Annex2(int rate, int factor) {
    assertThat(PolyphaseInterpolator.forTruePeak(rate).factor()).isEqualTo(factor);
  }

  @Test
  void theTruePeakDesignMeetsItsStatedPassAndStopBands() {
    // The interpolator as one filter at L fs: branch p's coefficient j sits at tap p + L(T/2-1-j),
    // branch 0 is the unit impulse at tap 0. Its response, divided by L, is what the input
    // spectrum is multiplied by; everything at or above 0.6 fs is an image to be rejected.
    PolyphaseInterpolator interpolator = PolyphaseInterpolator.forTruePeak(48_000);
    int factor = interpolator.factor();
    int taps = interpolator.tapsPerPhase();
    for (double f = 0; f <= 2.0; f += 0.001) { // in units of the input rate fs
      double re = 1; // branch 0
      double im = 0;
      for (int p = 1; p < factor; p++) {
        double[] c = interpolator.coefficients(p);
        for (int j = 0; j < taps; j++) {
          int n = p + factor * (taps / 2 - 1 - j);
          double w = 2 * Math.PI * f * n / factor;
          re += c[j] * Math.cos(w);
          im -= c[j] * Math.sin(w);
        }
      }
      double db = 20 * Math.log10(Math.hypot(re, im) / factor);
      if (f <= 0.40) {
        assertThat(db).as("pass band at %.3f fs", f).isCloseTo(0.0, within(0.01));
      } else if (f <= 0.41) {
        assertThat(db).as("pass band at %.3f fs", f).isCloseTo(0.0, within(0.1));
      } else if (f >= 0.60) {
        assertThat(db).as("stop band at %.3f fs", f).isLessThanOrEqualTo(-60.0);
      }
    }
  }

  @Test
  void theHalfSampleBranchReconstructsABandLimitedSine() {
    // A sine at 0.3 fs sampled on the integers; the half-sample branch must give its value at
    // s + 1/2 (a value computed here from the sine's formula).
    PolyphaseInterpolator interpolator = PolyphaseInterpolator.design(2, 24, 8.0);
    double[] c = interpolator.coefficients(1);
    double f = 0.3;
    for (int s = 100; s < 110; s++) {
      double y = 0;
      for (int j = 0; j < 24; j++) {
        y += c[j] * Math.sin(2 * Math.PI * f * (s - 12 + 1 + j) + 0.3);
      }
      assertThat(y).isCloseTo(Math.sin(2 * Math.PI * f * (s + 0.5) + 0.3), within(2e-3));
    }
  }

  @Test
  void worstCaseGainBoundsEveryBranch() {
    PolyphaseInterpolator interpolator = PolyphaseInterpolator.forTruePeak(44_100);
    for (int p = 1; p < interpolator.factor(); p++) {
      double sum = 0;
      for (double c : interpolator.coefficients(p)) {
        sum += Math.abs(c);
      }
      assertThat(sum).isLessThanOrEqualTo(interpolator.worstCaseGain());
    }
    assertThat(interpolator.worstCaseGain()).isGreaterThan(1.0);
  }
}
