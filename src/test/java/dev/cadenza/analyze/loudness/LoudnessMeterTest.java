package dev.cadenza.analyze.loudness;

import static dev.cadenza.analyze.loudness.Signals.copies;
import static dev.cadenza.analyze.loudness.Signals.seg;
import static dev.cadenza.analyze.loudness.Signals.silence;
import static dev.cadenza.analyze.loudness.Signals.toneSequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.audio.AudioFormat;
import dev.cadenza.spec.Json;
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
}
