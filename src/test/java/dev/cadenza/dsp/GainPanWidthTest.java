package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GainPanWidthTest {

  @ParameterizedTest
  @ValueSource(doubles = {6, 0.5, 12, 20, -3})
  void gainUpThenDownIsExactWithinFloatPrecision(double db) {
    float[][] signal = Audio.noise(2, 48_000, 0.25, 5);
    float[][] out = Audio.copy(signal);
    Audio.processInPlace(new Chain(List.of(new Gain(db), new Gain(-db))), out);
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < signal[c].length; i++) {
        // Two float roundings, each at most half an ulp of its value.
        assertThat(out[c][i]).isCloseTo(signal[c][i], within(2 * Math.ulp(signal[c][i])));
      }
    }
  }

  @Test
  void sixDecibelsIsTheAmplitudeRatioOfTenToTheThreeTenths() {
    float[][] x = {{0.1f, -0.2f}};
    Audio.processInPlace(new Gain(6), x);
    assertThat((double) x[0][0]).isCloseTo(0.1 * 1.9952623149688795, within(1e-7));
  }

  @Test
  void centrePanIsMinusThreeDecibelsPerSide() {
    Pan centre = new Pan(0);
    assertThat(20 * StrictMath.log10(centre.leftGain())).isCloseTo(-3.0103, within(1e-4));
    assertThat(20 * StrictMath.log10(centre.rightGain())).isCloseTo(-3.0103, within(1e-4));
    float[][] x = {{1f, 0.5f}, {1f, 0.5f}};
    Audio.processInPlace(centre, x);
    assertThat((double) x[0][0]).isCloseTo(StrictMath.sqrt(0.5), within(1e-7));
    assertThat((double) x[1][1]).isCloseTo(0.5 * StrictMath.sqrt(0.5), within(1e-7));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.7, -0.25, 0, 0.3, 0.9, 1})
  void panKeepsPowerConstant(double position) {
    Pan pan = new Pan(position);
    double power = pan.leftGain() * pan.leftGain() + pan.rightGain() * pan.rightGain();
    assertThat(power).isCloseTo(1, within(1e-12));
    if (position == -1) {
      assertThat(pan.rightGain()).isCloseTo(0, within(1e-15));
    }
    if (position == 1) {
      assertThat(pan.leftGain()).isCloseTo(0, within(1e-15));
    }
  }

  @Test
  void widthOneIsTransparentZeroIsMonoTwoDoublesTheSide() {
    float[][] signal = Audio.noise(2, 1000, 0.5, 2);
    float[][] same = Audio.copy(signal);
    Audio.processInPlace(new StereoWidth(1), same);
    assertThat(same).isDeepEqualTo(signal);
    float[][] mono = Audio.copy(signal);
    Audio.processInPlace(new StereoWidth(0), mono);
    float[][] wide = Audio.copy(signal);
    Audio.processInPlace(new StereoWidth(2), wide);
    for (int i = 0; i < 1000; i++) {
      double mid = (signal[0][i] + signal[1][i]) / 2.0;
      double side = (signal[0][i] - signal[1][i]) / 2.0;
      assertThat((double) mono[0][i]).isCloseTo(mid, within(1e-7));
      assertThat((double) mono[1][i]).isCloseTo(mid, within(1e-7));
      assertThat((double) wide[0][i]).isCloseTo(mid + 2 * side, within(1e-6));
      assertThat((double) wide[1][i]).isCloseTo(mid - 2 * side, within(1e-6));
    }
  }
}
