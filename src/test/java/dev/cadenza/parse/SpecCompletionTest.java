package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.BadInputException;
import dev.cadenza.music.Genre;
import dev.cadenza.music.GenreTable;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.JsonSchema;
import dev.cadenza.spec.TrackSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A hand-written spec's left-out fields are filled as parse fills them, with their provenance. The
 * expected values are the genre table's rows (music/genres.json) and the documented rules of
 * docs/design.md, not the completion's own output.
 */
class SpecCompletionTest {

  private static Json.Partial<TrackSpec> partial(String json) throws Exception {
    return Json.readPartial(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "spec.json",
        Contract.TRACKSPEC,
        TrackSpec.class);
  }

  private static TrackSpec complete(String json) throws Exception {
    return SpecCompletion.standard(partial(json), null, "spec.json");
  }

  @Test
  void theIssuesHandWrittenHouseSpecIsFilledFromTheHouseRow() throws Exception {
    TrackSpec s =
        complete(
            "{\"genre\": \"house\", \"bpm\": 124, \"key\": {\"tonic\": \"A\", \"mode\": \"minor\"},"
                + " \"timeSignature\": \"4/4\", \"durationSeconds\": 30, \"seed\": 7}");
    Genre house = GenreTable.standard().genre("house").orElseThrow();
    assertThat(s.energy()).isEqualTo(house.energy());
    assertThat(s.feel()).isEqualTo(house.feel());
    assertThat(s.structure()).isEqualTo(house.form());
    assertThat(s.instruments()).isEqualTo(house.allInstruments());
    assertThat(s.swing()).isEqualTo(house.swing());
    assertThat(s.tempoRange()).containsExactly(124.0, 124.0);
    assertThat(s.provenance().get("energy").source()).isEqualTo("genre-default");
    assertThat(s.provenance().get("energy").text()).isEqualTo("house");
    assertThat(s.provenance().get("structure").source()).isEqualTo("genre-default");
    // given fields keep their values and get no invented provenance
    assertThat(s.bpm()).isEqualTo(124);
    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.key()).isEqualTo(new TrackSpec.Key("A", "minor"));
    assertThat(s.provenance()).doesNotContainKeys("bpm", "key", "seed", "durationSeconds");
  }

  @Test
  void anEmptySpecIsTheDefaultGenreWithASeedFromItsFields() throws Exception {
    TrackSpec s = complete("{}");
    Genre pop = GenreTable.standard().defaultGenre();
    assertThat(s.genre()).isEqualTo(pop.name());
    assertThat(s.bpm()).isEqualTo(pop.defaultBpm());
    assertThat(s.durationSeconds()).isEqualTo(pop.durationSeconds());
    assertThat(s.timeSignature()).isEqualTo(pop.timeSignature());
    assertThat(s.key().mode()).isEqualTo(pop.mode());
    assertThat(s.provenance().get("genre").source()).isEqualTo("genre-default");
    assertThat(s.provenance().get("key").source()).isEqualTo("seed");
    assertThat(s.provenance().get("seed").source()).isEqualTo("seed");
    assertThat(s.warnings()).anyMatch(w -> w.startsWith("no genre named"));
    assertThat(s.schema()).isEqualTo("cadenza.trackspec/1");
    // the same spec always gets the same seed; another spec another one
    assertThat(complete("{ }").seed()).isEqualTo(s.seed());
    assertThat(complete("{\"genre\": \"techno\"}").seed()).isNotEqualTo(s.seed());
  }

  @Test
  void aSpecWithAPromptTakesParsesSeedOfThatPrompt() throws Exception {
    TrackSpec s = complete("{\"prompt\": \"dark techno\", \"genre\": \"techno\"}");
    assertThat(s.seed()).isEqualTo(PromptParser.standard().parse("dark techno").seed());
    assertThat(s.prompt()).isEqualTo("dark techno");
  }

  @Test
  void aCommandLineSeedDecidesTheDrawnTonicAsParseSeedDoes() throws Exception {
    TrackSpec s = SpecCompletion.standard(partial("{\"genre\": \"techno\"}"), 42L, "spec.json");
    TrackSpec parsed = PromptParser.standard().parse("techno", 42L, Overrides.NONE);
    assertThat(s.seed()).isEqualTo(42);
    assertThat(s.key()).isEqualTo(parsed.key());
    assertThat(s.provenance().get("seed").text()).isEqualTo("--seed 42");
  }

  @Test
  void countedBarsGiveTheLengthAtTheTempo() throws Exception {
    // docs/design.md: durationSeconds = bars x beats per bar x 60 / bpm; 6/8 counts two beats
    TrackSpec s =
        complete("{\"genre\": \"folk\", \"bpm\": 90, \"bars\": 12, \"timeSignature\": \"6/8\"}");
    assertThat(s.durationSeconds()).isEqualTo(12 * 2 * 60.0 / 90);
  }

  @Test
  void aSubgenreNameSetsTheSubgenreAndItsTempo() throws Exception {
    TrackSpec s = complete("{\"genre\": \"deep house\", \"seed\": 1}");
    var deep = GenreTable.standard().find("deep house").orElseThrow();
    assertThat(s.subgenre()).isEqualTo("deep house");
    assertThat(s.bpm()).isEqualTo(deep.defaultBpm());
    assertThat(s.tempoRange()).isEqualTo(deep.bpmRange());
  }

  @Test
  void aTonicAloneIsMajorAndAModeAloneDrawsTheTonic() throws Exception {
    TrackSpec tonic = complete("{\"genre\": \"techno\", \"key\": {\"tonic\": \"Eb\"}}");
    assertThat(tonic.key()).isEqualTo(new TrackSpec.Key("Eb", "major"));
    TrackSpec mode = complete("{\"genre\": \"pop\", \"seed\": 5, \"key\": {\"mode\": \"dorian\"}}");
    assertThat(mode.key().mode()).isEqualTo("dorian");
    assertThat(mode.provenance().get("key").source()).isEqualTo("seed");
  }

  @Test
  void excludedInstrumentsLeaveTheGenresList() throws Exception {
    TrackSpec s = complete("{\"genre\": \"house\", \"excludedInstruments\": [\"electric piano\"]}");
    assertThat(GenreTable.standard().genre("house").orElseThrow().allInstruments())
        .contains("electric piano");
    assertThat(s.instruments()).doesNotContain("electric piano").isNotEmpty();
    assertThat(s.instrumentRoles()).containsOnlyKeys(s.instruments().toArray(String[]::new));
  }

  @Test
  void aSpecParseWroteComesBackUnchanged() throws Exception {
    TrackSpec parsed = PromptParser.standard().parse("lofi hip hop in C minor, 90 seconds");
    String json = new String(Json.toBytes(parsed, false), StandardCharsets.UTF_8);
    assertThat(complete(json)).isEqualTo(parsed);
  }

  @Test
  void aGivenFieldThatIsInvalidIsAnErrorNamingIt() {
    assertThatThrownBy(() -> complete("{\"genre\": \"zydeco step\"}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("field 'genre'")
        .hasMessageContaining("zydeco step");
    assertThatThrownBy(() -> complete("{\"genre\": \"house\", \"bpm\": \"fast\"}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("field 'bpm'");
    assertThatThrownBy(() -> complete("{\"seed\": [1]}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("field 'seed'");
  }

  @Test
  void theTrackspecSchemaSaysEveryFieldIsOptionalAndWhatItBecomes() {
    var schema = JsonSchema.of(Contract.TRACKSPEC);
    assertThat(schema.get("required")).isEmpty();
    assertThat(schema.at("/properties/bpm/description").asText())
        .startsWith("optional: when left out, ")
        .contains("default tempo");
    schema.get("properties").forEach(p -> assertThat(p.has("description")).isTrue());
    // documents cadenza only writes keep their required fields
    assertThat(JsonSchema.of(Contract.MANIFEST).get("required")).isNotEmpty();
  }
}
