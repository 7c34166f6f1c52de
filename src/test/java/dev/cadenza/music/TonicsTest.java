package dev.cadenza.music;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TonicsTest {

  @ParameterizedTest(name = "{0} is pitch class {1}")
  @CsvSource({
    "C, 0",
    "C#, 1",
    "Db, 1",
    "F#, 6",
    "Gb, 6",
    "Bb, 10",
    "B, 11",
    "Cb, 11",
    "E#, 5",
    "B#, 0",
    "bb, 10",
    "H, -1",
    "C+, -1",
    "'', -1",
    "E\u266D, 3",
    "F\u266F, 6"
  })
  void pitchClasses(String tonic, int pitchClass) {
    assertThat(Tonics.pitchClass(tonic)).isEqualTo(pitchClass);
  }

  @ParameterizedTest(name = "pitch class {0}: major {1}, minor {2}, flats {3}, sharps {4}")
  @CsvSource({
    "1, Db, C#, Db, C#",
    "3, Eb, Eb, Eb, D#",
    "6, F#, F#, Gb, F#",
    "8, Ab, G#, Ab, G#",
    "10, Bb, Bb, Bb, A#",
  })
  void spellings(int pitchClass, String major, String minor, String flats, String sharps) {
    assertThat(Tonics.leadSheet(pitchClass, false)).isEqualTo(major);
    assertThat(Tonics.leadSheet(pitchClass, true)).isEqualTo(minor);
    assertThat(Tonics.spell(pitchClass, true)).isEqualTo(flats);
    assertThat(Tonics.spell(pitchClass, false)).isEqualTo(sharps);
  }

  @ParameterizedTest(name = "the usual spelling {0} reads back as pitch class {0}")
  @CsvSource({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"})
  void usualSpellingsReadBack(int pitchClass) {
    assertThat(Tonics.pitchClass(Tonics.usual(pitchClass))).isEqualTo(pitchClass);
  }
}
