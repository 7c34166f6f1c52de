package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.TrackSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of misreading: lengths written with units run together, ordinary English words corrected
 * into genres, and everyday nouns that are also genre names read as genres. Expected values are the
 * arithmetic of the units and the plain meaning of the words.
 */
class EverydayWordsAndLengthsTest {

  private static final PromptParser PARSER = PromptParser.standard();

  @ParameterizedTest
  @CsvSource({
    "'techno, 3m15s', 195",
    "'house 3m15', 195",
    "'ambient drone, 1h30m', 5400",
    "'1h2m3s of ambient', 3723",
    "'a 45s techno loop', 45",
    "'house, two and a half minutes', 150"
  })
  void lengthsWithUnitsRunTogether(String prompt, double seconds) {
    TrackSpec s = PARSER.parse(prompt);
    assertThat(s.durationSeconds()).isEqualTo(seconds);
    assertThat(s.provenance().get("durationSeconds").source()).isEqualTo("prompt");
    assertThat(s.unparsed()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"3m75s", "1m2h", "3m15x", "m15s"})
  void malformedRunTogetherLengthsAreNotLengths(String word) {
    assertThat(Numbers.compactDuration(word)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    // the English word, a prompt using it
    "door, 'slamming the door, piano'",
    "grim, 'grim piano'",
    "blue, 'blue chords on piano'"
  })
  void anOrdinaryWordIsNeverCorrectedIntoAGenre(String word, String prompt) {
    TrackSpec s = PARSER.parse(prompt);
    assertThat(s.corrections()).noneMatch(c -> c.text().equalsIgnoreCase(word));
    assertThat(s.provenance().get("genre").source()).isEqualTo("genre-default");
    assertThat(s.unparsed()).anyMatch(u -> u.text().contains(word));
  }

  @ParameterizedTest
  @CsvSource({"tehcno, techno", "dubstpe, dubstep"})
  void aMisspellingThatIsNoWordIsStillCorrected(String typo, String genre) {
    TrackSpec s = PARSER.parse("dark " + typo + " at 140 bpm");
    assertThat(s.genre()).isEqualTo(genre);
  }

  @ParameterizedTest
  @CsvSource({
    "'recorded in a garage, acoustic guitar'",
    "'ambient, jungle setting'",
    "'the jungle at night, ambient pads'",
    "'a house on the hill, piano'"
  })
  void anEverydayNounIsNotAGenreWhereTheWordsAroundMakeItAThing(String prompt) {
    TrackSpec s = PARSER.parse(prompt);
    assertThat(s.genre()).isNotIn("uk garage", "jungle", "house");
  }

  @ParameterizedTest
  @CsvSource({
    "'garage', uk garage",
    "'a house track at 124 bpm', house",
    "'a jungle tune with amen breaks', jungle",
    "'dark jungle at 170', jungle",
    "'a soul song', soul"
  })
  void theSameWordsNameTheGenreWhereTheyNameMusic(String prompt, String genre) {
    assertThat(PARSER.parse(prompt).genre()).isEqualTo(genre);
  }
}
