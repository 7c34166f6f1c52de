package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of soundfont.json names only genres, kits and drum notes that exist. */
class SoundfontPartsTest {
  private final SoundfontParts parts = SoundfontParts.standard();

  @Test
  void kitsAreTheGeneralMidiLevel2DrumSets() {
    // GM2 drum sets (MMA RP-024), numbered from 1 there: Standard 1, Room 9, Power 17,
    // Electronic 25, Analog 26, Jazz 33, Brush 41, Orchestra 49.
    assertThat(parts.kitPrograms())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "standard", 0,
                "room", 8,
                "power", 16,
                "electronic", 24,
                "analog", 25,
                "jazz", 32,
                "brush", 40,
                "orchestra", 48));
  }

  @Test
  void everyGenreNamedIsAFamilyAndEveryKitNamedExists() {
    List<String> families = GenreTable.standard().genres().stream().map(Genre::name).toList();
    assertThat(families).containsAll(parts.drumKits().keySet());
    assertThat(parts.kitPrograms()).containsKeys(parts.drumKits().values().toArray(String[]::new));
    assertThat(parts.kitPrograms()).containsKey(parts.defaultDrumKit());
    assertThat(parts.kitPrograms()).containsKeys(parts.kitNotes().keySet().toArray(String[]::new));
  }

  @Test
  void theGenresAskForTheirKits() {
    assertThat(parts.kitProgram("rock")).isEqualTo(16);
    assertThat(parts.kitProgram("jazz")).isEqualTo(40);
    assertThat(parts.kitProgram("cinematic")).isEqualTo(48);
    assertThat(parts.kitProgram("pop")).isZero();
  }

  @Test
  void drumNotesAreMovedWithinTheGeneralMidiRange() {
    for (Map<Integer, Integer> moves : parts.kitNotes().values()) {
      moves.forEach(
          (from, to) -> {
            assertThat(from).isBetween(35, 81);
            assertThat(to).isBetween(0, 127);
          });
    }
  }
}
