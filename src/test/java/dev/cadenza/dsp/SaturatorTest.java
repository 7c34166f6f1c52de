package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaturatorTest {

  private static double[] wide(float[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i];
    }
    return out;
  }

  /**
   * The amplitude of every odd harmonic of {@code f} that folds back below 20 kHz onto a frequency
   * that is not itself a harmonic: the aliases, found by folding n f about multiples of the rate.
   */
  private static double aliasPower(float[] x, int from, int rate, int f) {
    double[] y = wide(x);
    double power = 0;
    java.util.TreeSet<Integer> seen = new java.util.TreeSet<>();
    for (int n = 3; n * f < 40 * rate; n += 2) {
      int folded = Math.floorMod(n * f, rate);
      if (folded > rate / 2) {
        folded = rate - folded;
      }
      if (n * f > rate / 2
          && folded > 0
          && folded < 20_000
          && folded % f != 0
          && seen.add(folded)) {
        double a = Measure.amplitudeAt(y, from, from + rate, folded, rate);
        power += a * a;
      }
    }
    return power;
  }

  @Test
  void oversamplingPushesTheAliasesOfAHardDrivenHighSineFarDown() {
    int rate = 48_000;
    int f = 5000;
    float[][] sine = Audio.sine(1, 2 * rate, rate, f, 0.9, 0);
    double[] db = new double[2];
    double[] fundamental = new double[2];
    int[] factors = {1, 4};
    for (int k = 0; k < 2; k++) {
      Saturator saturator = new Saturator(new Saturator.Settings(18, 1, 0, factors[k]), rate, 1);
      float[][] out = Audio.process(saturator, sine, rate);
      // One second, a whole number of cycles of every component: the fits are orthogonal.
      db[k] = 10 * StrictMath.log10(aliasPower(out[0], rate / 2, rate, f));
      fundamental[k] = Measure.amplitudeAt(wide(out[0]), rate / 2, rate / 2 + rate, f, rate);
    }
    // Without oversampling the aliases of tanh(8 x) are strong (the 9th harmonic, 45 kHz, folds
    // to 3 kHz at about -20 dB); 4x oversampling leaves only what leaks through the filters.
    assertThat(db[0]).isGreaterThan(-30);
    assertThat(db[1]).as("oversampled %.1f dB vs %.1f dB", db[1], db[0]).isLessThan(db[0] - 40);
    // Both keep the same fundamental: a sine driven into a square has 4/pi of its level.
    assertThat(fundamental[1]).isCloseTo(fundamental[0], within(0.01));
    assertThat(fundamental[1]).isCloseTo(4 / StrictMath.PI, within(0.05));
  }

  @Test
  void withoutOversamplingEachSampleIsTheCurve() {
    int rate = 44_100;
    float[][] sine = Audio.sine(2, rate, rate, 440, 0.8, 0.2);
    float[][] out =
        Audio.process(new Saturator(new Saturator.Settings(6, 1, -3, 1), rate, 2), sine, rate);
    double drive = StrictMath.pow(10, 6.0 / 20);
    double output = StrictMath.pow(10, -3.0 / 20);
    for (int i = 0; i < rate; i++) {
      assertThat((double) out[1][i])
          .isCloseTo(output * StrictMath.tanh(drive * sine[1][i]), within(1e-7));
    }
  }

  @ParameterizedTest(name = "{0}x")
  @ValueSource(ints = {2, 4, 8})
  void quietSignalsPassAlignedAndUnchanged(int factor) {
    // tanh(x) = x - x^3/3 + ...: at 1e-3 the curve is linear to 3e-7, so what remains is the
    // oversampling filters' pass-band ripple and the alignment of the reported latency.
    int rate = 48_000;
    float[][] quiet = Audio.sine(2, rate, rate, 1000, 1e-3, 0.3);
    Saturator saturator = new Saturator(new Saturator.Settings(0, 1, 0, factor), rate, 2);
    assertThat(saturator.latencyFrames()).isEqualTo(32);
    float[][] out = Audio.process(saturator, quiet, rate);
    for (int i = 100; i < rate - 100; i++) {
      assertThat((double) out[0][i]).isCloseTo(quiet[0][i], within(1e-3 * 1e-3));
    }
  }

  @ParameterizedTest(name = "{0}x")
  @ValueSource(ints = {1, 4})
  void zeroMixIsBitTransparent(int factor) {
    int rate = 48_000;
    float[][] signal = Audio.noise(2, rate, 1.2, 6);
    Saturator saturator = new Saturator(new Saturator.Settings(24, 0, 6, factor), rate, 2);
    assertThat(Audio.process(saturator, signal, rate)).isDeepEqualTo(signal);
  }
}
