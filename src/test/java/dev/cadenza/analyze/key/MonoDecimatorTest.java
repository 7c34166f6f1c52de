package dev.cadenza.analyze.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.dsp.Biquad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonoDecimatorTest {

  private static double response(double frequency, double rate) {
    Biquad a = MonoDecimator.lowPass(MonoDecimator.CUTOFF_HZ, 0.541_196_100_146_197, rate);
    Biquad b = MonoDecimator.lowPass(MonoDecimator.CUTOFF_HZ, 1.306_562_964_876_376_5, rate);
    return a.magnitudeAt(frequency, rate) * b.magnitudeAt(frequency, rate);
  }

  @ParameterizedTest(name = "{0} Hz")
  @CsvSource({"44100", "48000", "96000", "22050"})
  void isAFourthOrderButterworth(double rate) {
    // |H| = 1/sqrt(1 + (f/fc)^8) at the corner and in the pass band (prewarped bilinear transform).
    assertThat(response(MonoDecimator.CUTOFF_HZ, rate)).isCloseTo(Math.sqrt(0.5), within(1e-9));
    assertThat(response(100, rate)).isCloseTo(1, within(1e-6));
    assertThat(response(1000, rate))
        .isCloseTo(1 / Math.sqrt(1 + Math.pow(1000 / MonoDecimator.CUTOFF_HZ, 8)), within(1e-3));
    // What would alias onto the chroma band (above the output rate minus 2.1 kHz) is 35 dB down.
    assertThat(response(11_025 - 2_100, rate)).isLessThan(0.018);
  }
}
