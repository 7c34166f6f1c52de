package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoCorrectorTest {

  @ParameterizedTest
  @CsvSource({
    "techno, techno, 0",
    "tecno, techno, 1",
    "tehcno, techno, 1",
    "piano, paino, 1",
    "guitar, gutiar, 1",
    "kitten, sitting, 3",
    "ca, abc, 3",
    "'', abc, 3",
  })
  void optimalStringAlignmentDistanceByHand(String a, String b, int expected) {
    assertThat(TypoCorrector.distance(a, b)).isEqualTo(expected);
    assertThat(TypoCorrector.distance(b, a)).isEqualTo(expected);
  }

  private final TypoCorrector corrector =
      new TypoCorrector(Set.of("techno", "trance", "dubstep", "drum", "drums", "synthwave"));

  @ParameterizedTest
  @CsvSource({
    "tecno, techno, 1",
    "trnace, trance, 1",
    "dubstpe, dubstep, 1",
    "drumm, drums, 1",
    "synthwvae, synthwave, 1",
    "snythwvae, synthwave, 2",
  })
  void correctsWithinTheAllowedDistance(String typo, String word, int distance) {
    TypoCorrector.Correction c = corrector.correct(typo);
    assertThat(c).isNotNull();
    assertThat(c.word()).isEqualTo(word);
    assertThat(c.distance()).isEqualTo(distance);
  }

  @Test
  void shortWordsAndFarWordsAreLeftAlone() {
    assertThat(corrector.correct("tec")).isNull(); // under four letters
    assertThat(corrector.correct("tchnoo")).isNull(); // two edits in a six-letter word
    assertThat(corrector.correct("banana")).isNull();
  }

  @Test
  void maximumDistanceGrowsWithLength() {
    assertThat(TypoCorrector.maxDistance(3)).isZero();
    assertThat(TypoCorrector.maxDistance(5)).isEqualTo(1);
    assertThat(TypoCorrector.maxDistance(7)).isEqualTo(1);
    assertThat(TypoCorrector.maxDistance(8)).isEqualTo(2);
  }
}
