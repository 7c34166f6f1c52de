package dev.cadenza.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The styles table: checked when loaded, and one idiom for every genre it names. */
class StylesTest {
  /** A style that passes the check, into which each case below puts one mistake. */
  private static final String GOOD =
      "{\"name\": \"test idiom\", \"genres\": [\"house\"], \"progressions\": [[\"1\", \"5:d7\"]],"
          + " \"bass\": {\"figure\": \"1-..5-..8...a...\"}, \"chordRhythm\": \"x...s...p...d.u.\","
          + " \"groove\": {\"kick\": \"X...X...X...X...\"},"
          + " \"parts\": {\"drums\": [\"kick\"], \"bass\": \"sub-bass\", \"chords\": \"pluck\"}}";

  private static Styles read(String style) throws Exception {
    String json =
        "{\"sectionBars\": {}, \"sectionEnergy\": {}, \"meterGrooves\": {}, \"styles\": ["
            + style
            + "], \"midiPrograms\": {}, \"midiDrums\": {\"kick\": 36, \"snare\": 38},"
            + " \"synthFor\": {}}";
    return Styles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aWellFormedStyleLoads() throws Exception {
    assertThat(read(GOOD).styles()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"kick\": \"X...X...X...X...\"|\"cowbel\": \"X...X...X...X...\"|unknown drum voice cowbel",
        "\"kick\": \"X...X...X...X...\"|\"kick\": \"X...X...X...X..\"|groove kick \"X...X...X...X..\" has 15 steps, not 16",
        "\"kick\": \"X...X...X...X...\"|\"kick\": \"X...X...X...X..Y\"|unknown step Y",
        "1-..5-..8...a...|1-..5-..8...a..|bass figure \"1-..5-..8...a..\" has 15 steps",
        "1-..5-..8...a...|1-..5-..8...a..9|bass figure \"1-..5-..8...a..9\": unknown step 9",
        "x...s...p...d.u.|x...s...p...d.u.x...|chordRhythm \"x...s...p...d.u.x...\" has 20 steps",
        "\"chords\": \"pluck\"|\"chords\": \"guitar\"|unknown instrument guitar",
        "\"5:d7\"|\"5:m7\"|progression token \"5:m7\"",
        "\"5:d7\"|\"9\"|progression token \"9\"",
      })
  void aMistakeInAStyleNamesTheStyleAndTheMistake(String good, String bad, String message) {
    assertThat(GOOD).contains(good);
    assertThatThrownBy(() -> read(GOOD.replace(good, bad)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("style test idiom: ")
        .hasMessageContaining(message);
  }

  @Test
  void everyNameAStyleListsIsAGenreOrSubgenreOfTheTableAndHasOneIdiom() {
    Set<String> known = new HashSet<>();
    for (Genre g : GenreTable.standard().genres()) {
      known.add(g.name());
      g.subgenres().forEach(s -> known.add(s.name()));
    }
    Set<String> listed = new HashSet<>();
    for (Style s : Styles.standard().styles()) {
      for (String name : s.genres()) {
        assertThat(known).as("style " + s.name()).contains(name);
        assertThat(listed.add(name)).as(name + " listed by two styles").isTrue();
      }
    }
  }

  @Test
  void aSubgenreWithAnIdiomOfItsOwnRendersAsItAndTheRestAsTheirFamily() {
    Styles styles = Styles.standard();
    Genre latin = GenreTable.standard().genre("latin").orElseThrow();
    Genre house = GenreTable.standard().genre("house").orElseThrow();
    assertThat(styles.forGenre(latin, "bossa nova").name()).isEqualTo("bossa nova");
    assertThat(styles.forGenre(latin, null).name()).isEqualTo("latin");
    assertThat(styles.forGenre(house, "deep house").name()).isEqualTo("house");
  }

  @Test
  void everyStyleHasSixProgressionsOrMoreAndJazzItsTwoFiveOnes() {
    for (Style s : Styles.standard().styles()) {
      assertThat(s.progressions()).as(s.name()).hasSizeGreaterThanOrEqualTo(6);
    }
    Style jazz =
        Styles.standard().styles().stream()
            .filter(s -> s.name().equals("jazz"))
            .findFirst()
            .orElseThrow();
    assertThat(jazz.progressions())
        .anySatisfy(p -> assertThat(String.join(" ", p)).contains("2:7 5:7 1:7"));
  }
}
