package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.TrackSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last misreadings of issue 21's list: a genre named only as the kind of an instrument ("gospel
 * choir", "ambient pads"), an everyday word that is also a genre before the song it describes
 * ("country road trip song"), and "riddim" after "dancehall" (the backing, not dubstep's riddim).
 */
class InstrumentKindGenreTest {

  private static TrackSpec parse(String prompt) {
    return PromptParser.standard().parse(prompt);
  }

  @ParameterizedTest
  @CsvSource({
    "gospel choir, soul, gospel, choir",
    "gospel choir with organ, soul, gospel, choir",
    "'the jungle at night, ambient pads', ambient, , pad",
  })
  void aGenreNamedAsAnInstrumentsKindIsTheGenreWhenNoOtherIsNamed(
      String prompt, String genre, String subgenre, String instrument) {
    TrackSpec spec = parse(prompt);
    assertThat(spec.genre()).as(prompt).isEqualTo(genre);
    assertThat(spec.subgenre()).as(prompt).isEqualTo(subgenre);
    assertThat(spec.instruments()).as(prompt).contains(instrument);
    assertThat(spec.provenance().get("genre").source()).isEqualTo("prompt");
    assertThat(spec.warnings()).noneMatch(w -> w.startsWith("no genre named"));
  }

  @Test
  void theProvenanceIsTheKindWordOnly() {
    TrackSpec spec = parse("a gospel choir");
    assertThat(spec.provenance().get("genre").text()).isEqualTo("gospel");
    assertThat(spec.provenance().get("genre").start()).isEqualTo(2);
    assertThat(spec.provenance().get("genre").end()).isEqualTo(8);
  }

  @Test
  void aGenreNamedOnItsOwnWinsOverAnInstrumentsKind() {
    TrackSpec spec = parse("uplifting house with gospel choir and piano, 126 bpm");
    assertThat(spec.genre()).isEqualTo("house");
    assertThat(spec.instruments()).contains("choir", "piano");
  }

  @ParameterizedTest
  @CsvSource({
    "country road trip song with banjo, country",
    "country road trip song, country",
    "country road, pop",
    "a country road trip song, pop",
    "jungle setting, pop",
    "the garage door song, pop",
  })
  void anEverydayGenreWordIsTheGenreBeforeTheSongItDescribes(String prompt, String genre) {
    assertThat(parse(prompt).genre()).as(prompt).isEqualTo(genre);
  }

  @Test
  void dancehallRiddimIsDancehall() {
    TrackSpec spec = parse("dancehall riddim at 95 bpm");
    assertThat(spec.genre()).isEqualTo("reggae");
    assertThat(spec.subgenre()).isEqualTo("dancehall");
    assertThat(parse("heavy riddim at 140 bpm").genre()).isEqualTo("dubstep");
  }

  @Test
  void aNylonGuitarIsTheClassicalGuitar() {
    assertThat(parse("nylon guitar").instruments()).containsExactly("classical guitar");
  }
}
