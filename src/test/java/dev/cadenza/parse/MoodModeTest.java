package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.music.Modes;
import dev.cadenza.spec.TrackSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Without a named key, the moods pick the mode's family (docs/parse.md): the third above the tonic
 * is minor (3 semitones) for dark, sad and tense prompts and major (4) for happy and bright ones.
 */
class MoodModeTest {

  private static final PromptParser PARSER = PromptParser.standard();

  private static TrackSpec parse(String prompt) {
    return PARSER.parse(prompt, 3L, Overrides.NONE);
  }

  /** Semitones from the tonic to the third of the spec's mode. */
  private static int third(TrackSpec s) {
    return Modes.scale(s.key().mode()).get(2);
  }

  @ParameterizedTest
  @CsvSource({
    "dark sad pop, minor, 3",
    "melancholic country ballad, minor, 3",
    "tense rock, minor, 3",
    "happy uplifting techno, major, 4",
    "triumphant drum and bass, major, 4",
    // dorian and mixolydian share every step but the third: funk's dorian turns mixolydian
    "happy funk, mixolydian, 4",
    // blues's mixolydian turns dorian
    "sad blues, dorian, 3",
    "happy metal, major, 4"
  })
  void theMoodPicksTheFamily(String prompt, String mode, int third) {
    TrackSpec s = parse(prompt);
    assertThat(s.key().mode()).isEqualTo(mode);
    assertThat(third(s)).isEqualTo(third);
    assertThat(s.provenance().get("key").source()).isEqualTo("seed");
    assertThat(s.provenance().get("mode").source()).isEqualTo("prompt");
  }

  @Test
  void theProvenanceNamesTheDecidingMoodWords() {
    TrackSpec s = parse("dark gloomy pop with a sad melody");
    assertThat(s.key().mode()).isEqualTo("minor");
    assertThat(s.provenance().get("mode").text()).contains("dark").contains("sad");
  }

  @Test
  void aModeOfTheAskedFamilyStaysTheGenres() {
    TrackSpec dark = parse("dark metal");
    assertThat(dark.key().mode()).isEqualTo("phrygian");
    assertThat(dark.provenance().get("mode").source()).isEqualTo("genre-default");
    TrackSpec happy = parse("happy pop");
    assertThat(happy.key().mode()).isEqualTo("major");
    assertThat(happy.provenance().get("mode").source()).isEqualTo("genre-default");
  }

  @Test
  void aNamedKeyOrModeAlwaysWins() {
    assertThat(parse("dark sad pop in G").key()).isEqualTo(new TrackSpec.Key("G", "major"));
    assertThat(parse("happy techno in F minor").key()).isEqualTo(new TrackSpec.Key("F", "minor"));
    assertThat(parse("happy techno in a minor key").key().mode()).isEqualTo("minor");
    Overrides o = Overrides.parse(Map.of("mode", "lydian"), PARSER.lexicon());
    assertThat(PARSER.parse("dark pop", 3L, o).key().mode()).isEqualTo("lydian");
  }

  @Test
  void moodsThatDisagreeEquallyLeaveTheGenresMode() {
    TrackSpec s = parse("dark happy pop");
    assertThat(s.key().mode()).isEqualTo("major");
    assertThat(s.provenance().get("mode").source()).isEqualTo("genre-default");
  }

  @Test
  void moodsInASpecDecideLikeMoodsInThePrompt() {
    Overrides o = Overrides.parse(Map.of("moods", "dark"), PARSER.lexicon());
    TrackSpec s = PARSER.parse("pop", 3L, o);
    assertThat(s.key().mode()).isEqualTo("minor");
    assertThat(s.provenance().get("mode").source()).isEqualTo("override");
    assertThat(s.moods()).isEqualTo(List.of("dark"));
  }
}
