package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuckerTest {

  private static float[][] constant(int frames, float value) {
    float[][] out = new float[2][frames];
    java.util.Arrays.fill(out[0], value);
    java.util.Arrays.fill(out[1], value);
    return out;
  }

  @Test
  void gridDipsToTheDepthAfterEachBeatAndIsUnityBetween() {
    int rate = 48_000;
    // 120 bpm: a beat is 24000 frames; first beat at 250 ms = frame 12000; attack 0.05 beat =
    // 1200 frames, release 0.5 beat = 12000 frames; 6 dB deep.
    Ducker ducker = Ducker.onGrid(new Ducker.Grid(120, 250, 6, 0.05, 0.5, 1), rate, 2);
    float[][] out = Audio.process(ducker, constant(3 * rate, 0.5f), rate);
    double floor = StrictMath.pow(10, -6.0 / 20);
    assertThat(out[0][0]).isEqualTo(0.5f);
    assertThat(out[0][11_999]).isEqualTo(0.5f);
    for (int beat = 0; beat < 5; beat++) {
      int start = 12_000 + beat * 24_000;
      assertThat((double) out[0][start + 1200]).isCloseTo(0.5 * floor, within(1e-6));
      assertThat((double) out[1][start + 1200]).isCloseTo(0.5 * floor, within(1e-6));
      // Half-way through the attack and through the release the shape is at one half.
      double half = 0.5 * (1 - (1 - floor) / 2);
      assertThat((double) out[0][start + 600]).isCloseTo(half, within(1e-6));
      assertThat((double) out[0][start + 1200 + 6000]).isCloseTo(half, within(1e-6));
      // After the release, up to the next beat, the gain is exactly one.
      for (int i = start + 1200 + 12_001; i < Math.min(out[0].length, start + 24_000); i++) {
        assertThat(out[0][i]).isEqualTo(0.5f);
      }
    }
  }

  @ParameterizedTest(name = "{0} bpm, offset {1} ms, every {2} beats")
  @CsvSource({"90, 0, 1", "128, 40, 1", "174, 100, 2", "70, 500, 0.5"})
  void deepestPointsFollowTheTempo(double bpm, double offsetMs, double every) {
    int rate = 44_100;
    double attack = 0.1;
    Ducker ducker = Ducker.onGrid(new Ducker.Grid(bpm, offsetMs, 12, attack, 0.6, every), rate, 1);
    float[][] in = new float[1][4 * rate];
    java.util.Arrays.fill(in[0], 1f);
    float[][] out = Audio.process(ducker, in, rate);
    double period = every * 60 / bpm * rate;
    double first = offsetMs * rate / 1000;
    for (int k = 0; first + (k + 1) * period < out[0].length; k++) {
      int from = (int) StrictMath.ceil(first + k * period);
      int to = (int) (first + (k + 1) * period);
      int deepest = from;
      for (int i = from; i < to; i++) {
        if (out[0][i] < out[0][deepest]) {
          deepest = i;
        }
      }
      double expected = first + (k + attack) * period;
      assertThat((double) deepest).as("dip %d", k).isCloseTo(expected, within(1.0));
      assertThat((double) out[0][deepest]).isCloseTo(StrictMath.pow(10, -12.0 / 20), within(1e-4));
    }
  }

  @Test
  void zeroDepthIsBitTransparent() {
    int rate = 48_000;
    float[][] signal = Audio.noise(2, rate, 0.9, 5);
    Ducker ducker = Ducker.onGrid(new Ducker.Grid(128, 0, 0, 0.02, 0.5, 1), rate, 2);
    assertThat(Audio.process(ducker, signal, rate)).isDeepEqualTo(signal);
  }

  /** Runs a keyed ducker over a signal with a key of the same length, in blocks of 1000. */
  private static float[][] keyed(Ducker ducker, float[][] signal, float[][] key) {
    float[][] out = Audio.copy(signal);
    dev.cadenza.audio.AudioBlock block = new dev.cadenza.audio.AudioBlock(out.length, 1000);
    dev.cadenza.audio.AudioBlock keyBlock = new dev.cadenza.audio.AudioBlock(key.length, 1000);
    for (int start = 0; start < out[0].length; start += 1000) {
      int n = Math.min(1000, out[0].length - start);
      for (int c = 0; c < out.length; c++) {
        System.arraycopy(out[c], start, block.channel(c), 0, n);
      }
      for (int c = 0; c < key.length; c++) {
        System.arraycopy(key[c], start, keyBlock.channel(c), 0, n);
      }
      block.setFrames(n);
      keyBlock.setFrames(n);
      ducker.process(block, keyBlock);
      for (int c = 0; c < out.length; c++) {
        System.arraycopy(block.channel(c), 0, out[c], start, n);
      }
    }
    return out;
  }

  @Test
  void keyedDucksFullyAtTheThresholdAndRecoversWithTheRelease() {
    int rate = 48_000;
    // Key: 0.5 (-6.02 dBFS, the threshold) for 0.5 s, then silence.
    float[][] key = new float[1][rate];
    java.util.Arrays.fill(key[0], 0, rate / 2, 0.5f);
    double thresholdDb = 20 * StrictMath.log10(0.5);
    Ducker ducker = Ducker.keyed(new Ducker.Keyed(thresholdDb, 10, 5, 100), rate, 2);
    float[][] out = keyed(ducker, constant(rate, 1f), key);
    double floor = StrictMath.pow(10, -10.0 / 20);
    // After 20 attack time constants the envelope is the key's level.
    assertThat((double) out[0][rate / 2 - 1]).isCloseTo(floor, within(1e-6));
    // One release time constant (4800 frames) after the key stops, the envelope has fallen to
    // 1/e of the threshold, and the dip with it.
    double expected = 1 - (1 - floor) * StrictMath.exp(-1);
    assertThat((double) out[0][rate / 2 - 1 + 4800]).isCloseTo(expected, within(1e-4));
  }

  @Test
  void keyedWithASilentKeyIsBitTransparent() {
    int rate = 44_100;
    float[][] signal = Audio.noise(2, rate, 1, 2);
    Ducker ducker = Ducker.keyed(new Ducker.Keyed(-20, 12, 1, 80), rate, 2);
    assertThat(keyed(ducker, signal, new float[2][rate])).isDeepEqualTo(signal);
  }

  @Test
  void keyedFollowsTheKicksOfADrumKey() {
    int rate = 48_000;
    float[][] kick = Audio.drums(1, 2 * rate, rate, 120, 0.9, 4);
    Ducker ducker = Ducker.keyed(new Ducker.Keyed(-6, 8, 2, 120), rate, 1);
    float[][] out = keyed(ducker, new float[][] {constantRow(2 * rate)}, kick);
    // Beats every 24000 frames: ducked just after each hit, recovered just before the next.
    for (int beat = 1; beat < 4; beat++) {
      int hit = beat * 24_000;
      assertThat(out[0][hit + 480]).as("just after hit %d", beat).isLessThan(0.5f);
      assertThat(out[0][hit - 10]).as("before hit %d", beat).isGreaterThan(0.9f);
    }
  }

  private static float[] constantRow(int n) {
    float[] row = new float[n];
    java.util.Arrays.fill(row, 1f);
    return row;
  }
}
