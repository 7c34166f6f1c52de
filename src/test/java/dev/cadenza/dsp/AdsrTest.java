package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdsrTest {
  @ParameterizedTest(name = "{0} Hz: A {1}, D {2}, S {3}, R {4}")
  @CsvSource({
    "44100, 0.01, 0.2, 0.7, 0.3",
    "48000, 0.5, 1.0, 0.2, 1.5",
    "96000, 0.002, 0.05, 0.9, 0.02",
    "44100, 0.1, 0.3, 0.0, 0.1",
  })
  void segmentsLastTheirNominalTimes(int rate, double a, double d, double s, double r) {
    Adsr adsr = new Adsr(a, d, s, r);
    int attack = (int) Math.round(a * rate);
    int decay = (int) Math.round(d * rate);
    int gate = attack + decay + rate / 2;
    int release = (int) Math.round(r * rate);
    int frames = gate + release + 100;
    float[] env = new float[frames];
    adsr.render(env, frames, gate, rate);

    assertThat(env[0]).isZero();
    assertThat(env[attack / 2]).isCloseTo(0.5f, within(1.5f / attack));
    assertThat(env[attack]).isCloseTo(1f, within(1e-6f));
    // Within 1 % of the way to sustain after the decay time.
    assertThat((double) env[attack + decay] - s).isCloseTo(0.01 * (1 - s), within(2e-3));
    assertThat((double) env[gate - 1])
        .isCloseTo(s + (1 - s) * Math.pow(0.01, (gate - 1.0 - attack) / decay), within(1e-4));
    // Release from level L: L·(e^(-ln100·t/R) − 0.01)/0.99; half way: L·0.09/0.99.
    float level = env[gate - 1];
    assertThat(env[gate + release / 2]).isCloseTo(level * 0.09f / 0.99f, within(2e-3f));
    assertThat(env[gate + release]).isZero();
    for (int i = gate + 1; i < frames; i++) {
      assertThat(env[i]).isLessThanOrEqualTo(env[i - 1]);
    }
  }

  @Test
  void noteOffDuringAttackReleasesFromTheLevelReached() {
    int rate = 48000;
    float[] env = new float[rate];
    new Adsr(0.1, 0.1, 0.5, 0.05).render(env, env.length, 2400, rate);
    assertThat(env[2399]).isCloseTo(2399f / 4800, within(1e-6f));
    assertThat(env[2400]).isCloseTo(env[2399], within(1e-3f));
    assertThat(env[2400 + 2400]).isZero();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new Adsr(-1, 0, 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Adsr(0, 0, 1.5, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Adsr(0, Double.NaN, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
