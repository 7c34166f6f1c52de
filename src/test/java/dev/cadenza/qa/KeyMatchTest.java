package dev.cadenza.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyMatchTest {

  @ParameterizedTest(name = "{0} {1} vs {2} {3}: same={4} relative={5}")
  @CsvSource({
    "F#, major, Gb, major, true, false",
    "A, minor, C, major, false, true",
    "C, major, A, minor, false, true",
    "E, dorian, E, minor, true, false",
    "G, mixolydian, G, major, true, false",
    "A, minor, A, major, false, false",
    "C#, minor, E, major, false, true",
    "D, minor, F, minor, false, false",
    "A, harmonic minor, A, minor, true, false",
    "A, harmonic minor, C, major, false, true",
  })
  void sameAndRelative(String t1, String m1, String t2, String m2, boolean same, boolean relative) {
    assertThat(KeyMatch.same(t1, m1, t2, m2)).isEqualTo(same);
    assertThat(KeyMatch.relative(t1, m1, t2, m2)).isEqualTo(relative);
  }
}
