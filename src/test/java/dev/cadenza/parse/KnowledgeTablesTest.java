package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.music.GenreTable;
import org.junit.jupiter.api.Test;

/** The lexicon finds instruments by their other names; style references are consistent. */
class KnowledgeTablesTest {

  private static final Lexicon LEX = Lexicon.standard();
  private static final GenreTable GENRES = GenreTable.standard();

  @Test
  void instrumentsAreFoundByTheirOtherNames() {
    assertThat(LEX.findInstrument("Rhodes").name()).isEqualTo("electric piano");
    assertThat(LEX.findInstrument("fiddles").name()).isEqualTo("violin");
    assertThat(LEX.findInstrument("sub-bass").name()).isEqualTo("sub bass");
  }

  @Test
  void atLeastEightyStyleReferencesEachPointingToKnownGenreAndInstruments() {
    assertThat(LEX.references()).hasSizeGreaterThanOrEqualTo(80);
    for (StyleReference r : LEX.references()) {
      assertThat(GENRES.genre(r.genre())).as(r.name()).isPresent();
      assertThat(r.bpmRange().get(0)).as(r.name()).isLessThanOrEqualTo(r.bpmRange().get(1));
      assertThat(r.energy()).as(r.name()).isBetween(0.0, 1.0);
      for (String inst : r.instruments()) {
        assertThat(LEX.instrument(inst)).as(r.name() + " / " + inst).isPresent();
      }
    }
    assertThat(LEX.reference("daft punk")).map(StyleReference::genre).contains("house");
  }
}
