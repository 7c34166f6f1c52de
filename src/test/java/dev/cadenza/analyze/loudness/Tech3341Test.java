package dev.cadenza.analyze.loudness;

import static dev.cadenza.analyze.loudness.Signals.copies;
import static dev.cadenza.analyze.loudness.Signals.seg;
import static dev.cadenza.analyze.loudness.Signals.silence;
import static dev.cadenza.analyze.loudness.Signals.toneSequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.spec.Curve;
import dev.cadenza.spec.LoudnessResult;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The minimum-requirements test signals of EBU Tech 3341 (v4, 2023), Table 1, synthesised here from
 * their published definitions and measured at 48 kHz and 44.1 kHz. Expected values and tolerances
 * are the table's: ±0.1 LU for loudness, +0.2/-0.4 dB for true peak. Cases 7 and 8 are the EBU's
 * recorded programme files, which are not redistributable and are not synthesised here.
 */
class Tech3341Test {

  private static final double LU = 0.1;

  private static float[][] stereo(int rate, double[]... segments) {
    return copies(toneSequence(rate, 1000, segments), 2);
  }

  static Stream<Arguments> integratedCases() {
    return Stream.of(48_000, 44_100)
        .flatMap(
            rate ->
                Stream.of(
                    Arguments.of(
                        "case 3: -36/-23/-36 dBFS, 10/60/10 s (relative gate)",
                        rate,
                        stereo(rate, seg(10, -36), seg(60, -23), seg(10, -36))),
                    Arguments.of(
                        "case 4: -72/-36/-23/-36/-72 dBFS (absolute and relative gates)",
                        rate,
                        stereo(
                            rate,
                            seg(10, -72),
                            seg(10, -36),
                            seg(60, -23),
                            seg(10, -36),
                            seg(10, -72))),
                    Arguments.of(
                        "case 5: -26/-20/-26 dBFS, 20/20.1/20 s (nothing gated)",
                        rate,
                        stereo(rate, seg(20, -26), seg(20.1, -20), seg(20, -26)))));
  }

  @ParameterizedTest(name = "{0} at {1} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case1StereoSineAtMinus23ReadsMinus23InMSAndI(int rate) {
    LoudnessResult r = Signals.analyze(stereo(rate, seg(20, -23)), rate, true);
    assertThat(r.integratedLufs()).isCloseTo(-23.0, within(LU));
    assertThat(r.maxMomentaryLufs()).isCloseTo(-23.0, within(LU));
    assertThat(r.maxShortTermLufs()).isCloseTo(-23.0, within(LU));
    assertSteady(r.momentary().lufs(), -23.0);
    assertSteady(r.shortTerm().lufs(), -23.0);
  }

  @ParameterizedTest(name = "case 2 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case2StereoSineAtMinus33ReadsMinus33InMSAndI(int rate) {
    LoudnessResult r = Signals.analyze(stereo(rate, seg(20, -33)), rate, true);
    assertThat(r.integratedLufs()).isCloseTo(-33.0, within(LU));
    assertThat(r.maxMomentaryLufs()).isCloseTo(-33.0, within(LU));
    assertThat(r.maxShortTermLufs()).isCloseTo(-33.0, within(LU));
    assertSteady(r.momentary().lufs(), -33.0);
    assertSteady(r.shortTerm().lufs(), -33.0);
  }

  @ParameterizedTest(name = "{0} at {1} Hz")
  @MethodSource("integratedCases")
  void cases3To5IntegratedLoudnessIsMinus23(String name, int rate, float[][] audio) {
    assertThat(Signals.analyze(audio, rate, false).integratedLufs()).isCloseTo(-23.0, within(LU));
  }

  @ParameterizedTest(name = "case 6 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case6FiveChannelsWithSurroundsWeighted(int rate) {
    // 5.0: L, R at -28 dBFS, C at -24 dBFS, Ls, Rs at -30 dBFS (WAVE mask FL FR FC BL BR).
    float[][] five = {
      toneSequence(rate, 1000, seg(20, -28)),
      toneSequence(rate, 1000, seg(20, -28)),
      toneSequence(rate, 1000, seg(20, -24)),
      toneSequence(rate, 1000, seg(20, -30)),
      toneSequence(rate, 1000, seg(20, -30))
    };
    LoudnessResult r5 = Signals.analyze(five, Signals.format(rate, 0x37, 5), false, 4096);
    assertThat(r5.integratedLufs()).isCloseTo(-23.0, within(LU));
    // The same with a silent LFE (5.1, mask 0x3F), and with side surrounds (0x60F): LFE excluded.
    float[][] six = {five[0], five[1], five[2], new float[five[0].length], five[3], five[4]};
    LoudnessResult r6 = Signals.analyze(six, Signals.format(rate, 0x3F, 6), false, 4096);
    LoudnessResult r6s = Signals.analyze(six, Signals.format(rate, 0x60F, 6), false, 4096);
    assertThat(r6.integratedLufs()).isCloseTo(r5.integratedLufs(), within(1e-9));
    assertThat(r6s.integratedLufs()).isCloseTo(r5.integratedLufs(), within(1e-9));
  }

  @ParameterizedTest(name = "case 9 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case9ShortTermIsMinus23AndConstantAfter3Seconds(int rate) {
    double[][] segments = new double[10][];
    for (int i = 0; i < 5; i++) {
      segments[2 * i] = seg(1.34, -20);
      segments[2 * i + 1] = seg(1.66, -30);
    }
    LoudnessResult r = Signals.analyze(stereo(rate, segments), rate, true);
    // The first short-term value is the window ending at 3 s; all of them must read -23.
    assertThat(r.shortTerm().firstEndSeconds()).isEqualTo(3.0);
    assertThat(r.shortTerm().lufs())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).isCloseTo(-23.0, within(LU)));
  }

  @ParameterizedTest(name = "case 10 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case10MaxShortTermIsMinus23WhateverTheOffsetOfA3SecondTone(int rate) {
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < 20; i++) {
      // Twenty files: i x 0.15 s of silence, 3 s of 1 kHz at -23 dBFS, 1 s of silence.
      float[][] audio = stereo(rate, silence(0.15 * i), seg(3, -23), silence(1));
      soft.assertThat(Signals.analyze(audio, rate, false).maxShortTermLufs())
          .as("file %d", i + 1)
          .isCloseTo(-23.0, within(LU));
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "case 11 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case11SuccessiveMaxShortTermReadsMinus38ToMinus19(int rate) {
    // Twenty 6 s segments: i x 0.15 s of silence, 3 s at (-38 + i) dBFS, 3 - i x 0.15 s silence.
    double[][] segments = new double[60][];
    for (int i = 0; i < 20; i++) {
      segments[3 * i] = silence(0.15 * i);
      segments[3 * i + 1] = seg(3, -38 + i);
      segments[3 * i + 2] = silence(3 - 0.15 * i);
    }
    Curve s = Signals.analyze(stereo(rate, segments), rate, true).shortTerm();
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < 20; i++) {
      soft.assertThat(maxBetween(s, 6.0 * i, 6.0 * (i + 1)))
          .as("segment %d", i + 1)
          .isCloseTo(-38.0 + i, within(LU));
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "case 12 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case12MomentaryIsMinus23AndConstantAfter1Second(int rate) {
    double[][] segments = new double[50][];
    for (int i = 0; i < 25; i++) {
      segments[2 * i] = seg(0.18, -20);
      segments[2 * i + 1] = seg(0.22, -30);
    }
    Curve m = Signals.analyze(stereo(rate, segments), rate, true).momentary();
    List<Double> values = m.lufs();
    for (int i = 0; i < values.size(); i++) {
      if (m.firstEndSeconds() + i * m.hopSeconds() >= 1.0 - 1e-9) {
        assertThat(values.get(i))
            .as("M at %.2f s", m.firstEndSeconds() + i * m.hopSeconds())
            .isCloseTo(-23.0, within(LU));
      }
    }
  }

  @ParameterizedTest(name = "case 13 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case13MaxMomentaryIsMinus23WhateverTheOffsetOfA400MsTone(int rate) {
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < 20; i++) {
      // Twenty files: i x 20 ms of silence, 400 ms at -23 dBFS, 1 s of silence.
      float[][] audio = stereo(rate, silence(0.02 * i), seg(0.4, -23), silence(1));
      soft.assertThat(Signals.analyze(audio, rate, false).maxMomentaryLufs())
          .as("file %d", i + 1)
          .isCloseTo(-23.0, within(LU));
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "case 14 at {0} Hz")
  @ValueSource(ints = {48_000, 44_100})
  void case14SuccessiveMaxMomentaryReadsMinus38ToMinus19(int rate) {
    // Twenty 800 ms segments: i x 20 ms silence, 400 ms at (-38 + i) dBFS, 400 - i x 20 ms silence.
    double[][] segments = new double[60][];
    for (int i = 0; i < 20; i++) {
      segments[3 * i] = silence(0.02 * i);
      segments[3 * i + 1] = seg(0.4, -38 + i);
      segments[3 * i + 2] = silence(0.4 - 0.02 * i);
    }
    Curve m = Signals.analyze(stereo(rate, segments), rate, true).momentary();
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < 20; i++) {
      soft.assertThat(maxBetween(m, 0.8 * i, 0.8 * (i + 1)))
          .as("segment %d", i + 1)
          .isCloseTo(-38.0 + i, within(LU));
    }
    soft.assertAll();
  }

  /** Also at 96 kHz, where the meter oversamples 2x instead of 4x (BS.1770-5 Annex 2). */
  static Stream<Arguments> truePeakSines() {
    return Stream.of(48_000, 44_100, 96_000)
        .flatMap(
            rate ->
                Stream.of(
                    Arguments.of("case 15: fs/4, 0.50 FFS, 0 deg", rate, 4.0, 0.5, 0.0, -6.0),
                    Arguments.of("case 16: fs/4, 0.50 FFS, 45 deg", rate, 4.0, 0.5, 45.0, -6.0),
                    Arguments.of("case 17: fs/6, 0.50 FFS, 60 deg", rate, 6.0, 0.5, 60.0, -6.0),
                    Arguments.of("case 18: fs/8, 0.50 FFS, 67.5 deg", rate, 8.0, 0.5, 67.5, -6.0),
                    Arguments.of("case 19: fs/4, 1.41 FFS, 45 deg", rate, 4.0, 1.41, 45.0, 3.0)));
  }

  @ParameterizedTest(name = "{0} at {1} Hz")
  @MethodSource("truePeakSines")
  void cases15To19TruePeakOfSinesBetweenSamples(
      String name, int rate, double divisor, double amplitude, double phase, double expected) {
    // Stereo, 1 s, with 10 ms raised-cosine fades so the band-limited signal has no onset
    // overshoot.
    float[] mono =
        Signals.taper(Signals.sine(rate, rate / divisor, amplitude, phase, 1.0), rate, 0.01);
    LoudnessResult r = Signals.analyze(copies(mono, 2), rate, false);
    assertThat(r.truePeakDbtp()).isBetween(expected - 0.4, expected + 0.2);
  }

  @ParameterizedTest(name = "case {0} at {1} Hz")
  @MethodSource("decimationOffsets")
  void cases20To23TruePeakOfABurstDownsampledAtEachOffset(int testCase, int rate, int offset) {
    float[] mono = BurstSignal.downsampled(rate, offset);
    LoudnessResult r = Signals.analyze(copies(mono, 2), rate, false);
    assertThat(r.truePeakDbtp()).isBetween(0.0 - 0.4, 0.0 + 0.2);
    // Tighter: within 0.05 dB of the peak of the same band-limited signal on its 4 fs grid.
    assertThat(r.truePeakDbtp()).isCloseTo(BurstSignal.densePeakDb(rate), within(0.05));
  }

  static Stream<Arguments> decimationOffsets() {
    return Stream.of(48_000, 44_100)
        .flatMap(
            rate ->
                Stream.of(
                    Arguments.of(20, rate, 0),
                    Arguments.of(21, rate, 1),
                    Arguments.of(22, rate, 2),
                    Arguments.of(23, rate, 3)));
  }

  /** The largest curve value whose window ends in [from, to) seconds. */
  static double maxBetween(Curve curve, double from, double to) {
    double max = Double.NEGATIVE_INFINITY;
    List<Double> values = curve.lufs();
    for (int i = 0; i < values.size(); i++) {
      double end = curve.firstEndSeconds() + i * curve.hopSeconds();
      if (end >= from - 1e-9 && end < to - 1e-9 && values.get(i) != null) {
        max = Math.max(max, values.get(i));
      }
    }
    return max;
  }

  private static void assertSteady(List<Double> values, double expected) {
    assertThat(values).isNotEmpty();
    assertThat(values).allSatisfy(v -> assertThat(v).isCloseTo(expected, within(LU)));
  }
}
