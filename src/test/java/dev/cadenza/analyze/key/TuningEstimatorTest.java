package dev.cadenza.analyze.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TuningEstimatorTest {

  @ParameterizedTest(name = "{0} cents")
  @CsvSource({"0", "30", "-30", "49", "-12.5"})
  void findsACommonOffset(double cents) {
    TuningEstimator tuning = new TuningEstimator();
    for (int note = 40; note < 90; note += 5) {
      tuning.add(note + cents / 100, 1 + note % 3);
    }

    assertThat(tuning.cents()).isCloseTo(cents, within(1e-9));
    assertThat(tuning.agreement()).isCloseTo(1, within(1e-12));
  }

  @Test
  void wrapsAroundTheSemitone() {
    // +45 and -45 cents are 10 cents apart across the boundary: their mean is the boundary.
    TuningEstimator tuning = new TuningEstimator();
    tuning.add(60.45, 1);
    tuning.add(61.55, 1);

    assertThat(Math.abs(tuning.cents())).isCloseTo(50, within(1e-9));
  }

  @Test
  void nothingAddedIsUndefined() {
    assertThat(new TuningEstimator().cents()).isNull();
  }
}
