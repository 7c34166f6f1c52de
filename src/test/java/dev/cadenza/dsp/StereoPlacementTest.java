package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stereo stages of a mix strip: spread (a delayed mid in the side) and mono-low. */
class StereoPlacementTest {
  private static final int RATE = 48_000;

  /** Pearson correlation of left and right over {@code [from, to)} (the signals have no DC). */
  static double correlation(float[][] x, int from, int to) {
    double lr = 0;
    double ll = 0;
    double rr = 0;
    for (int i = from; i < to; i++) {
      lr += (double) x[0][i] * x[1][i];
      ll += (double) x[0][i] * x[0][i];
      rr += (double) x[1][i] * x[1][i];
    }
    return lr / Math.sqrt(ll * rr);
  }

  private static float[][] mono(float[] x) {
    return new float[][] {x.clone(), x.clone()};
  }

  @ParameterizedTest
  @CsvSource({"0.3, 11", "0.6, 11", "0.8, 17", "1, 5"})
  void monoNoiseSpreadsToTheCorrelationOfItsAmount(double k, double delayMs) {
    float[][] x = mono(Audio.noise(1, RATE * 4, 0.5, 7)[0]);
    Audio.processInPlace(new StereoSpread(delayMs, k, RATE), x);
    // White noise is uncorrelated with itself a few ms later: E[LR] = P (1 - k^2), E[L^2] = E[R^2]
    // = P (1 + k^2).
    assertThat(correlation(x, RATE, RATE * 4)).isCloseTo((1 - k * k) / (1 + k * k), within(0.02));
  }

  @ParameterizedTest
  @CsvSource({"440, 0.6, 10", "100, 0.5, 12", "1000, 0.8, 1.25"})
  void aSineSpreadsAsTheCosineFormulaSays(double f, double k, double delayMs) {
    float[][] x = Audio.sine(2, RATE * 2, RATE, f, 0.5, 0);
    StereoSpread spread = new StereoSpread(delayMs, k, RATE);
    Audio.processInPlace(spread, x);
    double d = spread.delayFrames() / (double) RATE;
    double c = StrictMath.cos(2 * StrictMath.PI * f * d);
    double expected = (1 - k * k) / Math.sqrt((1 + k * k) * (1 + k * k) - 4 * k * k * c * c);
    assertThat(correlation(x, RATE, RATE * 2)).isCloseTo(expected, within(0.005));
  }

  @Test
  void theMonoSumIsUnchanged() {
    float[][] x = Audio.noise(2, RATE, 0.5, 3);
    float[][] out = Audio.copy(x);
    Audio.processInPlace(new StereoSpread(13, 0.9, RATE), out);
    for (int i = 0; i < RATE; i++) {
      double before = (double) x[0][i] + x[1][i];
      double after = (double) out[0][i] + out[1][i];
      assertThat(after).isCloseTo(before, within(4e-7));
    }
  }

  @Test
  void spreadRefusesAnEchoLengthDelayOrAnAmountOverOne() {
    assertThatThrownBy(() -> new StereoSpread(80, 0.5, RATE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StereoSpread(10, 1.5, RATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"40, 120", "60, 120", "120, 120", "250, 120", "2000, 120"})
  void monoLowTakesTheSideDownAsAButterworthHighPassAndLeavesTheMid(double f, double corner) {
    // Left only: mid and side are each half of it.
    float[][] x = {Audio.sine(1, RATE * 2, RATE, f, 0.5, 0)[0], new float[RATE * 2]};
    Audio.processInPlace(new MonoLow(corner, RATE), x);
    int from = RATE;
    int n = RATE;
    double mid = 0;
    double side = 0;
    float[] m = new float[n];
    float[] s = new float[n];
    for (int i = 0; i < n; i++) {
      m[i] = (float) (0.5 * ((double) x[0][from + i] + x[1][from + i]));
      s[i] = (float) (0.5 * ((double) x[0][from + i] - x[1][from + i]));
    }
    mid = Audio.amplitude(m, 0, n, f, RATE);
    side = Audio.amplitude(s, 0, n, f, RATE);
    // Second-order Butterworth high-pass: |H(f)| = 1 / sqrt(1 + (fc / f)^4), bilinear-warped.
    double warped =
        StrictMath.tan(StrictMath.PI * corner / RATE) / StrictMath.tan(StrictMath.PI * f / RATE);
    double gain = 1 / Math.sqrt(1 + StrictMath.pow(warped, 4));
    assertThat(mid).isCloseTo(0.25, within(1e-5));
    assertThat(side).isCloseTo(0.25 * gain, within(1e-4));
  }
}
