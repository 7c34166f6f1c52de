package dev.cadenza.analyze.loudness;

import static dev.cadenza.analyze.loudness.Signals.copies;
import static dev.cadenza.analyze.loudness.Signals.seg;
import static dev.cadenza.analyze.loudness.Signals.silence;
import static dev.cadenza.analyze.loudness.Signals.toneSequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.BadInputException;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.spec.Curve;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.LoudnessResult;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoudnessMeterTest {

  @Test
  void digitalSilenceHasNoLoudnessAndNoPeak() throws Exception {
    LoudnessResult r = Signals.analyze(new float[2][48_000 * 5], 48_000, true);
    assertThat(r.integratedLufs()).isNull();
    assertThat(r.loudnessRangeLu()).isNull();
    assertThat(r.maxMomentaryLufs()).isNull();
    assertThat(r.maxShortTermLufs()).isNull();
    assertThat(r.truePeakDbtp()).isNull();
    assertThat(r.samplePeakDbfs()).isNull();
    assertThat(r.momentary().lufs()).isNotEmpty().containsOnlyNulls();
    String json = new String(Json.toBytes(r, false), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"integratedLufs\":null", "\"truePeakDbtp\":null", "\"lufs\":[null,")
        .doesNotContain("NaN", "Infinity");
  }

  @Test
  void lessThan400MsHasNoIntegratedOrMomentaryLoudness() {
    LoudnessResult r =
        Signals.analyze(copies(toneSequence(48_000, 1000, seg(0.3, -20)), 2), 48_000, false);
    assertThat(r.integratedLufs()).isNull();
    assertThat(r.maxMomentaryLufs()).isNull();
    assertThat(r.truePeakDbtp()).isCloseTo(-20.0, within(0.05));
  }

  @Test
  void lessThan3SecondsHasIntegratedButNoShortTermOrRange() {
    LoudnessResult r =
        Signals.analyze(copies(toneSequence(48_000, 1000, seg(1, -23)), 2), 48_000, false);
    assertThat(r.integratedLufs()).isCloseTo(-23.0, within(0.1));
    assertThat(r.maxShortTermLufs()).isNull();
    assertThat(r.loudnessRangeLu()).isNull();
  }

  @Test
  void curvesAreNotKeptUnlessAskedFor() throws Exception {
    LoudnessResult r =
        Signals.analyze(copies(toneSequence(48_000, 1000, seg(4, -23)), 2), 48_000, false);
    assertThat(r.momentary()).isNull();
    assertThat(r.shortTerm()).isNull();
    String json = new String(Json.toBytes(r, false), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("momentary\"", "shortTerm\"").contains("\"maxMomentaryLufs\"");
  }

  @Test
  void curveValueIIsTheWindowEndingAtFirstEndPlusIHops() {
    // Silence for 1 s, then a tone: the momentary window ending at 1.00 s is silent, the one
    // ending at 1.01 s is not; 400 ms later the window is full of tone.
    float[][] audio = copies(toneSequence(48_000, 1000, silence(1), seg(2, -23)), 2);
    Curve m = Signals.analyze(audio, 48_000, true).momentary();
    assertThat(m.hopSeconds()).isEqualTo(0.01);
    assertThat(m.firstEndSeconds()).isEqualTo(0.4);
    assertThat(m.lufs()).hasSize((int) Math.round((3.0 - 0.4) / 0.01) + 1);
    int at100 = (int) Math.round((1.00 - 0.4) / 0.01);
    assertThat(m.lufs().get(at100)).isNull();
    assertThat(m.lufs().get(at100 + 1)).isNotNull().isLessThan(-35.0);
    assertThat(m.lufs().get(at100 + 40)).isCloseTo(-23.0, within(0.1));
  }

  @ParameterizedTest(name = "blocks of {0} frames")
  @ValueSource(ints = {1, 37, 441, 4096, 100_000})
  void resultsDoNotDependOnTheBlockSize(int blockFrames) {
    SplittableRandom random = new SplittableRandom(20261125L);
    float[][] audio = new float[2][44_100 * 8];
    for (int i = 0; i < audio[0].length; i++) {
      double gain = 0.05 + 0.5 * ((i / 22_050) % 4) / 3.0;
      audio[0][i] = (float) (gain * (random.nextDouble() * 2 - 1));
      audio[1][i] = (float) (gain * (random.nextDouble() * 2 - 1));
    }
    AudioFormat format = AudioFormat.floatFormat(44_100, 2);
    LoudnessResult reference = Signals.analyze(audio, format, false, 4096);
    LoudnessResult r = Signals.analyze(audio, format, false, blockFrames);
    assertThat(r.integratedLufs()).isCloseTo(reference.integratedLufs(), within(1e-9));
    assertThat(r.loudnessRangeLu()).isCloseTo(reference.loudnessRangeLu(), within(1e-9));
    assertThat(r.maxMomentaryLufs()).isCloseTo(reference.maxMomentaryLufs(), within(1e-9));
    assertThat(r.maxShortTermLufs()).isCloseTo(reference.maxShortTermLufs(), within(1e-9));
    assertThat(r.truePeakDbtp()).isEqualTo(reference.truePeakDbtp());
  }

  @Test
  void theLfeChannelIsNotCounted() {
    // 5.1 (FL FR FC LFE BL BR) with a tone in the LFE only.
    float[][] audio = new float[6][48_000 * 2];
    audio[3] = toneSequence(48_000, 60, seg(2, -10));
    LoudnessResult r = Signals.analyze(audio, Signals.format(48_000, 0x3F, 6), false, 4096);
    assertThat(r.integratedLufs()).isNull();
    assertThat(r.channels().get(3).name()).isEqualTo("LFE");
    assertThat(r.channels().get(3).samplePeakDbfs()).isCloseTo(-10.0, within(0.01));
  }

  @Test
  void surroundsWeighPlus1Point5DbAndSevenOneRearsDoNot() {
    float[] tone = toneSequence(48_000, 1000, seg(2, -30));
    // 5.1: BL is the left surround (±110°), weight 1.41 = +1.49 dB (BS.1770-5 Table 3).
    Double front = integrated(0x3F, 6, 0, tone);
    Double surround = integrated(0x3F, 6, 4, tone);
    assertThat(surround - front).isCloseTo(10 * Math.log10(1.41), within(1e-9));
    // 7.1 (FL FR FC LFE BL BR SL SR): SL is the side surround (1.41), BL the rear (1.0).
    assertThat(integrated(0x63F, 8, 6, tone) - front)
        .isCloseTo(10 * Math.log10(1.41), within(1e-9));
    assertThat(integrated(0x63F, 8, 4, tone)).isCloseTo(front, within(1e-9));
  }

  private static Double integrated(int mask, int channels, int channel, float[] tone) {
    float[][] audio = new float[channels][tone.length];
    audio[channel] = tone;
    return Signals.analyze(audio, Signals.format(48_000, mask, channels), false, 4096)
        .integratedLufs();
  }

  @Test
  void curveJsonRoundTripKeepsNulls() throws Exception {
    Curve curve = Curve.of(0.01, 0.4, new float[] {-23.01f, Float.NEGATIVE_INFINITY, -30f}, 3);
    String json = new String(Json.toBytes(curve, false), StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo("{\"hopSeconds\":0.01,\"firstEndSeconds\":0.4,\"lufs\":[-23.01,null,-30.0]}");
    Curve back = Json.mapper().readValue(json, Curve.class);
    assertThat(back.lufs()).containsExactly(-23.01, null, -30.0);
  }

  @Test
  void aNonFiniteSampleIsBadInput() {
    float[][] audio = copies(toneSequence(48_000, 1000, seg(1, -20)), 2);
    audio[1][30_000] = Float.NaN;
    assertThatThrownBy(() -> Signals.analyze(audio, 48_000, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("non-finite sample");
  }

  /**
   * The steady loudness of a sine follows from the published filter alone: BS.1770-5 eq. (2) with
   * the mean square A^2/2 scaled by |K(f)|^2, |K| evaluated here from the 48 kHz coefficients of
   * Tables 1 and 2. Frequencies with a whole number of periods in 100 ms, so every window holds
   * whole periods.
   */
  @ParameterizedTest(name = "{0} Hz")
  @ValueSource(doubles = {100, 1000, 5000, 10000})
  void aSteadySineReadsTheLoudnessThePublishedFilterGives(double frequency) {
    double dbfs = -20;
    double k48 = publishedKWeightingMagnitude(frequency);
    double expected = -0.691 + 10 * Math.log10(2 * Math.pow(10, dbfs / 10) / 2 * k48 * k48);
    for (int rate : new int[] {44_100, 48_000, 96_000}) {
      float[][] audio = copies(toneSequence(rate, frequency, seg(6, dbfs)), 2);
      LoudnessResult r = Signals.analyze(audio, rate, false);
      assertThat(r.integratedLufs()).as("%d Hz", rate).isCloseTo(expected, within(0.005));
      assertThat(r.maxShortTermLufs()).as("%d Hz", rate).isCloseTo(expected, within(0.005));
    }
  }

  @ParameterizedTest(name = "tone starting at {0} s")
  @ValueSource(doubles = {0.3555, 0.4049, 0.45, 0.7215})
  void maxMomentaryFindsA400MsToneWhereverItStarts(double start) {
    // A 100 ms evaluation grid could miss up to 50 ms of the tone (0.5 LU); the 1 ms grid misses
    // at most 0.5 ms (0.006 LU).
    double k = publishedKWeightingMagnitude(1000);
    double steady = -0.691 + 10 * Math.log10(2 * Math.pow(10, -23 / 10.0) / 2 * k * k);
    float[][] audio =
        copies(toneSequence(48_000, 1000, silence(start), seg(0.4, -23), silence(1)), 2);
    assertThat(Signals.analyze(audio, 48_000, false).maxMomentaryLufs())
        .isCloseTo(steady, within(0.01));
  }

  /** |K(f)| of the BS.1770-5 Tables 1 and 2 coefficients at 48 kHz. */
  private static double publishedKWeightingMagnitude(double f) {
    double[][] stages = {
      {1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585},
      {1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621}
    };
    double w = 2 * Math.PI * f / 48_000;
    double magnitude = 1;
    for (double[] c : stages) {
      double nr = c[0] + c[1] * Math.cos(w) + c[2] * Math.cos(2 * w);
      double ni = -c[1] * Math.sin(w) - c[2] * Math.sin(2 * w);
      double dr = 1 + c[3] * Math.cos(w) + c[4] * Math.cos(2 * w);
      double di = -c[3] * Math.sin(w) - c[4] * Math.sin(2 * w);
      magnitude *= Math.hypot(nr, ni) / Math.hypot(dr, di);
    }
    return magnitude;
  }
}
