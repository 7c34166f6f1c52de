package dev.cadenza.music;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModesTest {

  @ParameterizedTest(name = "{0}: minor family {1}, relative major {2} semitones up")
  @CsvSource({
    "major, false, 0",
    "ionian, false, 0",
    "minor, true, 3",
    "aeolian, true, 3",
    "harmonic minor, true, 3",
    "dorian, true, 10",
    "phrygian, true, 8",
    "lydian, false, 7",
    "mixolydian, false, 5",
    "locrian, true, 1",
    "Minor, true, 3",
  })
  void families(String mode, boolean minor, int relative) {
    assertThat(Modes.minorFamily(mode)).isEqualTo(minor);
    assertThat(Modes.relativeMajor(mode)).isEqualTo(relative);
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "ionian, major",
    "aeolian, minor",
    "Dorian, dorian",
    "major, major",
    "blues, ",
    "'', "
  })
  void canonicalNames(String word, String mode) {
    assertThat(Modes.canonical(word)).isEqualTo(mode);
  }

  @ParameterizedTest(name = "unknown mode {0} is in no family")
  @CsvSource({"blues", "''"})
  void unknownModes(String mode) {
    assertThat(Modes.minorFamily(mode)).isFalse();
    assertThat(Modes.scale(mode)).isNull();
  }

  @ParameterizedTest(name = "{0} tonal: {1}")
  @CsvSource({
    "major, true", "ionian, true", "minor, true", "aeolian, true", "harmonic minor, true",
    "dorian, false", "phrygian, false", "lydian, false", "mixolydian, false", "locrian, false",
    "blues, false"
  })
  void tonalModesAreMajorAndMinorOnly(String mode, boolean tonal) {
    assertThat(Modes.tonal(mode)).isEqualTo(tonal);
  }
}
