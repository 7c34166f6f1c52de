package dev.cadenza.music;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  @ParameterizedTest(name = "\"{0}\" is looked up as \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Drum & Bass | drum and bass",
        "drum-and-bass | drum and bass",
        "  drum   and bass  | drum and bass",
        "D&B | d&b",
        "drum'n'bass | drum'n'bass",
        "drum\u2019n\u2019bass | drum'n'bass",
        "R&B | r&b",
        "hip-hop | hip hop",
        "F\u266F minor | f# minor",
        "6/8 | 6/8",
        "1.5 minutes | 1.5 minutes",
        "the 80's | the 80's",
        "lofi, chill. | lofi chill",
        "# hash | hash",
      })
  void namesShareAKeyWhateverTheSpelling(String name, String key) {
    assertThat(NameKey.of(name)).isEqualTo(key);
  }
}
