package dev.cadenza.music;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The genre and instrument tables are complete and consistent. */
class MusicTablesTest {

  private static final InstrumentTable INSTRUMENTS = InstrumentTable.standard();
  private static final GenreTable GENRES = GenreTable.standard();
  private static final Set<String> MODES =
      Set.of("major", "minor", "dorian", "phrygian", "lydian", "mixolydian", "locrian");

  @Test
  void atLeastThirtyGenresEachWithUsableDefaults() {
    assertThat(GENRES.genres()).hasSizeGreaterThanOrEqualTo(30);
    for (Genre g : GENRES.genres()) {
      assertThat(g.bpmMin()).as(g.name()).isPositive().isLessThanOrEqualTo(g.bpmMax());
      assertThat(g.defaultBpm()).as(g.name()).isBetween(g.bpmMin(), g.bpmMax());
      assertThat(g.mode()).as(g.name()).isIn(MODES);
      assertThat(TimeSignature.parse(g.timeSignature())).as(g.name()).isNotNull();
      assertThat(g.swing()).as(g.name()).isBetween(0.0, 1.0);
      assertThat(g.energy()).as(g.name()).isBetween(0.0, 1.0);
      assertThat(g.durationSeconds()).as(g.name()).isBetween(10.0, 900.0);
      assertThat(g.form()).as(g.name()).isNotEmpty();
      assertThat(g.instruments()).as(g.name()).isNotEmpty();
      assertThat(g.feel()).isIn("straight", "swing", "half-time", "double-time");
      for (Genre.Subgenre s : g.subgenres()) {
        if (s.bpmRange() != null) {
          assertThat(s.defaultBpm())
              .as(s.name())
              .isBetween(s.bpmRange().get(0), s.bpmRange().get(1));
        }
      }
    }
  }

  @Test
  void everyInstrumentAGenreNamesIsInTheInstrumentTableUnderThatRole() {
    for (Genre g : GENRES.genres()) {
      g.instruments()
          .forEach(
              (role, names) -> {
                assertThat(INSTRUMENTS.roles()).as(g.name()).contains(role);
                for (String name : names) {
                  assertThat(INSTRUMENTS.instrument(name)).as(g.name() + " / " + name).isPresent();
                }
              });
    }
  }

  @ParameterizedTest
  @CsvSource({
    "dnb, drum and bass",
    "d&b, drum and bass",
    "D&B, drum and bass",
    "drum n bass, drum and bass",
    "drum'n'bass, drum and bass",
    "Drum & Bass, drum and bass",
    "drum-and-bass, drum and bass",
    "hiphop, hip hop",
    "hip-hop, hip hop",
    "Hip Hop, hip hop",
    "lo-fi, lofi hip hop",
    "R&B, r&b",
    "synth-pop, pop",
    "liquid funk, drum and bass",
    "UKG, uk garage",
  })
  void aliasesFindTheirFamilyWhateverTheSpelling(String alias, String family) {
    assertThat(GENRES.genre(alias)).map(Genre::name).contains(family);
  }

  @Test
  void subGenreNamesResolveToFamilyAndSubgenre() {
    GenreMatch m = GENRES.find("Neurofunk").orElseThrow();
    assertThat(m.genre().name()).isEqualTo("drum and bass");
    assertThat(m.subgenre().name()).isEqualTo("neurofunk");
    assertThat(m.bpmRange()).isEqualTo(m.genre().bpmRange());
    GenreMatch deep = GENRES.find("deep house").orElseThrow();
    assertThat(deep.bpmRange()).containsExactly(118.0, 124.0);
  }

  @Test
  void atLeastSixtyInstrumentsWithKnownRoles() {
    assertThat(INSTRUMENTS.instruments()).hasSizeGreaterThanOrEqualTo(60);
    for (Instrument i : INSTRUMENTS.instruments()) {
      assertThat(INSTRUMENTS.roles()).as(i.name()).contains(i.role());
    }
  }

  @Test
  void genreWordsInTheTablesAreTheGeneratorsRoles() {
    assertThat(INSTRUMENTS.roles())
        .containsAll(List.of("drums", "bass", "chords", "pad", "lead", "vocal", "fx"));
  }
}
