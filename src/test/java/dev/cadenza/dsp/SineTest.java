package dev.cadenza.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table sine against StrictMath.sin, for phases in cycles and as 32-bit fractions. */
class SineTest {
  /** Linear interpolation over 4096 points: error at most (2π/4096)²/8 ≈ 2.9e-7. */
  private static final double TOLERANCE = 3e-7;

  @ParameterizedTest(name = "{0} cycles")
  @CsvSource({"0", "0.1", "0.25", "0.3333", "0.5", "0.7071", "0.9999", "-0.2", "3.45", "-7.9"})
  void bothFormsFollowTheSine(double cycles) {
    double expected = StrictMath.sin(2 * StrictMath.PI * cycles);
    assertThat(Sine.cycles(cycles)).isCloseTo(expected, within(TOLERANCE));
    // A 32-bit phase keeps the fraction of a cycle to 2^-32, which moves the sine by < 1.5e-9.
    assertThat(Sine.ofPhase(Sine.phase(cycles))).isCloseTo(expected, within(TOLERANCE + 2e-9));
  }

  @ParameterizedTest(name = "{0} + {1} cycles")
  @CsvSource({"0.9, 0.2", "0.75, 0.75", "0.1, -0.3"})
  void phasesAddModuloOneCycle(double a, double b) {
    double expected = StrictMath.sin(2 * StrictMath.PI * (a + b));
    assertThat(Sine.ofPhase(Sine.phase(a) + Sine.phase(b)))
        .isCloseTo(expected, within(TOLERANCE + 4e-9));
  }
}
