package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DelayTest {

  private static float[][] impulse(int channels, int frames) {
    float[][] x = new float[channels][frames];
    for (float[] ch : x) {
      ch[0] = 1;
    }
    return x;
  }

  @Test
  void repeatsAnImpulseEveryDelayAtFeedbackPowers() {
    int rate = 48_000;
    // 0.75 beat at 120 bpm = 0.375 s = 18000 frames.
    Delay delay = new Delay(Delay.Settings.synced(0.75, 120, 0.5, 0.4, 0, false), rate, 2);
    assertThat(delay.delayFrames()).isEqualTo(18_000);
    float[][] out = Audio.process(delay, impulse(2, 4 * 18_000 + 10), rate);
    float[] expected = new float[out[0].length];
    expected[0] = 0.6f;
    expected[18_000] = 0.4f;
    expected[36_000] = 0.2f;
    expected[54_000] = 0.1f;
    expected[72_000] = 0.05f;
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) out[0][i]).as("frame %d", i).isCloseTo(expected[i], within(1e-7));
      assertThat(out[1][i]).isEqualTo(out[0][i]);
    }
  }

  @Test
  void timeInMillisecondsRoundsToWholeFrames() {
    assertThat(new Delay(new Delay.Settings(250, 0, 1, 0, false), 44_100, 1).delayFrames())
        .isEqualTo(11_025);
    assertThat(new Delay(new Delay.Settings(10.01, 0, 1, 0, false), 48_000, 1).delayFrames())
        .isEqualTo(480);
    // A dotted eighth at 174 bpm: 0.75 * 60 / 174 s = 0.25862 s = 11405.17 frames at 44.1 kHz.
    assertThat(new Delay(Delay.Settings.synced(0.75, 174, 0, 1, 0, false), 44_100, 1).delayFrames())
        .isEqualTo(11_405);
  }

  @Test
  void pingPongAlternatesSides() {
    int rate = 44_100;
    Delay delay = new Delay(new Delay.Settings(100, 0.6, 1, 0, true), rate, 2);
    int d = 4410;
    float[][] out = Audio.process(delay, impulse(2, 4 * d + 1), rate);
    assertThat((double) out[0][d]).isCloseTo(1, within(1e-7));
    assertThat(out[1][d]).isZero();
    assertThat(out[0][2 * d]).isZero();
    assertThat((double) out[1][2 * d]).isCloseTo(0.6, within(1e-7));
    assertThat((double) out[0][3 * d]).isCloseTo(0.36, within(1e-7));
    assertThat(out[1][3 * d]).isZero();
    assertThat((double) out[1][4 * d]).isCloseTo(0.216, within(1e-7));
  }

  @Test
  void lowPassInTheLoopDarkensEachRepeatButKeepsItsSum() {
    int rate = 48_000;
    Delay delay = new Delay(new Delay.Settings(50, 0.5, 1, 2000, false), rate, 1);
    int d = 2400;
    float[][] out = Audio.process(delay, impulse(1, 3 * d + 2000), rate);
    // The first repeat is the impulse itself; the second went once through the low-pass, whose
    // DC gain is 1 (so its samples sum to the feedback). Its impulse response (bilinear, G = g /
    // (1 + g), g = tan(pi 2000 / 48000)) is G, then 2 G (1 - G), then falls by 1 - 2 G a frame.
    assertThat((double) out[0][d]).isCloseTo(1, within(1e-7));
    double sum = 0;
    double peak = 0;
    for (int i = 2 * d; i < 3 * d; i++) {
      sum += out[0][i];
      peak = Math.max(peak, out[0][i]);
    }
    double g = StrictMath.tan(StrictMath.PI * 2000 / 48_000);
    double first = g / (1 + g);
    assertThat(sum).isCloseTo(0.5, within(1e-4));
    assertThat((double) out[0][2 * d]).isCloseTo(0.5 * first, within(1e-6));
    assertThat(peak).isCloseTo(0.5 * 2 * first * (1 - first), within(1e-6));
  }

  @Test
  void zeroMixIsBitTransparent() {
    int rate = 48_000;
    float[][] signal = Audio.noise(2, rate, 1, 8);
    Delay delay = new Delay(Delay.Settings.synced(0.5, 128, 0.9, 0, 3000, true), rate, 2);
    assertThat(Audio.process(delay, signal, rate)).isDeepEqualTo(signal);
  }
}
