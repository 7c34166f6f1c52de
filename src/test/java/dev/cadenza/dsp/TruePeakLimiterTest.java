package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TruePeakLimiterTest {

  private static final double SECONDS = 1.5;

  /** Hot material of many kinds, each well above the ceilings tested. */
  static Stream<Arguments> material() {
    List<Arguments> cases = new ArrayList<>();
    for (int rate : new int[] {44_100, 48_000}) {
      int n = (int) (SECONDS * rate);
      for (double f : new double[] {40, 997, 3000, 7000, 12_000, 17_000, 19_500, 21_000}) {
        cases.add(Arguments.of(rate, "sine " + f + " Hz +6 dB", Audio.sine(2, n, rate, f, 2, 0.3)));
      }
      // A quarter-rate sine 45 degrees off the sample grid: every sample sits at 0.707 of the
      // peak, so the peak lives only between samples (+3 dB over the sample peak).
      cases.add(
          Arguments.of(
              rate,
              "fs/4 sine between samples",
              Audio.sine(2, n, rate, rate / 4.0, 1.4, StrictMath.PI / 4)));
      cases.add(
          Arguments.of(
              rate,
              "near-Nyquist sine",
              Audio.sine(2, n, rate, rate / 2.0 - 150, 1.0, StrictMath.PI / 3)));
      cases.add(Arguments.of(rate, "white noise +10 dB", Audio.noise(2, n, 3.2, 7)));
      cases.add(Arguments.of(rate, "drums +12 dB", Audio.drums(2, n, rate, 128, 4, 11)));
      cases.add(Arguments.of(rate, "slow drums +3 dB", Audio.drums(2, n, rate, 70, 1.4, 12)));
      cases.add(
          Arguments.of(
              rate,
              "hot clipped sine+noise",
              Audio.scaled(
                  Audio.clipped(
                      Audio.sum(Audio.sine(2, n, rate, 220, 1, 0), Audio.noise(2, n, 0.5, 3)),
                      4,
                      1),
                  1.3)));
      cases.add(
          Arguments.of(
              rate, "clipped drums", Audio.clipped(Audio.drums(2, n, rate, 174, 1, 5), 8, 1)));
      float[][] square = new float[2][n];
      for (int i = 0; i < n; i++) {
        square[0][i] = (i / 2) % 2 == 0 ? 1f : -1f;
        square[1][i] = (i / 3) % 2 == 0 ? 0.9f : -0.9f;
      }
      cases.add(Arguments.of(rate, "+1 +1 -1 -1 square", square));
      float[][] stereo = Audio.sum(Audio.sine(2, n, rate, 5000, 1, 0), Audio.noise(2, n, 0.2, 9));
      for (int i = 0; i < n; i++) {
        stereo[1][i] *= 0.1f;
      }
      cases.add(Arguments.of(rate, "one-sided stereo", stereo));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} Hz {1}")
  @MethodSource("material")
  void neverExceedsTheCeilingAsTheMeterMeasures(int rate, String name, float[][] signal) {
    for (double ceiling : new double[] {-1.0, -0.3}) {
      TruePeakLimiter limiter =
          new TruePeakLimiter(TruePeakLimiter.Settings.mastering(ceiling), rate, 2);
      float[][] out = Audio.process(limiter, signal, rate);
      double measured = Audio.truePeakDb(out, rate);
      assertThat(measured).as("%s at ceiling %s dBTP", name, ceiling).isLessThanOrEqualTo(ceiling);
      // And it limits no more than needed: the loudest peak comes close to the ceiling.
      assertThat(measured).as(name).isGreaterThan(ceiling - 1.0);
    }
  }

  /**
   * The shortcuts (intervals shown by a bound to stay under the ceiling are not measured; runs of
   * unity gain skip the gain computation) change no output bit: on hot material of every kind, at
   * levels from far under the ceiling to far over it.
   */
  @ParameterizedTest(name = "{0} Hz {1}")
  @MethodSource("material")
  void theShortcutsGiveExactlyThePlainAlgorithmsOutput(int rate, String name, float[][] signal) {
    for (double level : new double[] {0.05, 0.3, 0.6, 1}) {
      float[][] input = Audio.scaled(signal, level);
      List<PolyphaseInterpolator> detectors =
          List.of(PolyphaseInterpolator.forTruePeak(rate), PolyphaseInterpolator.sharp());
      TruePeakLimiter.Settings settings = TruePeakLimiter.Settings.mastering(-1);
      float[][] fast =
          Audio.process(new TruePeakLimiter(settings, rate, 2, detectors, true), input, rate);
      float[][] plain =
          Audio.process(new TruePeakLimiter(settings, rate, 2, detectors, false), input, rate);
      assertThat(fast[0]).as("%s at %s", name, level).isEqualTo(plain[0]);
      assertThat(fast[1]).as("%s at %s", name, level).isEqualTo(plain[1]);
    }
  }

  @ParameterizedTest(name = "{0} Hz")
  @org.junit.jupiter.params.provider.ValueSource(ints = {44_100, 48_000})
  void changesNothingWhenTheCeilingIsAboveThePeak(int rate) {
    int n = rate * 2;
    float[][] signal =
        Audio.scaled(
            Audio.sum(Audio.drums(2, n, rate, 120, 0.5, 1), Audio.sine(2, n, rate, 9000, 0.2, 1)),
            0.9);
    double peak = Audio.truePeakDb(signal, rate);
    assertThat(peak).isLessThan(-1.05);
    TruePeakLimiter limiter = new TruePeakLimiter(TruePeakLimiter.Settings.mastering(-1), rate, 2);
    float[][] out = Audio.process(limiter, signal, rate);
    assertThat(out[0]).isEqualTo(signal[0]);
    assertThat(out[1]).isEqualTo(signal[1]);
    assertThat(limiter.maxReductionDb()).isZero();
  }

  @Test
  void reducesASteadyToneByTheExpectedAmount() {
    int rate = 48_000;
    // A 1 kHz sine of peak +4 dBFS limited to -2 dBTP: the steady part is scaled to the target,
    // 0.1 dB below the ceiling, i.e. by 6.1 dB. The true peak of a 1 kHz sine at 48 kHz is
    // its amplitude within 0.001 dB.
    float[][] signal = Audio.sine(1, rate * 2, rate, 1000, Levels.gain(4), 0);
    float[][] out =
        Audio.process(
            new TruePeakLimiter(TruePeakLimiter.Settings.mastering(-2), rate, 1), signal, rate);
    double ratio = 0;
    for (int i = rate; i < rate + 480; i++) {
      ratio = Math.max(ratio, Math.abs(out[0][i]));
    }
    assertThat(Levels.db(ratio)).isCloseTo(-2.1, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void reportsItsLatencyAsLookaheadPlusTheInterpolatorSpan() {
    TruePeakLimiter limiter =
        new TruePeakLimiter(new TruePeakLimiter.Settings(-1, 2, 50, 0.05), 48_000, 2);
    // 96 frames of lookahead, 2 x 24 frames for the 48-tap sharp interpolator, minus the current
    // frame.
    assertThat(limiter.latencyFrames()).isEqualTo(96 + 48 - 1);
  }
}
