package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.BadInputException;
import dev.cadenza.spec.TrackSpec;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The resolution rules of docs/parse.md and the trackspec semantics of docs/design.md. */
class ResolutionRulesTest {

  private static final PromptParser PARSER = PromptParser.standard();

  private static TrackSpec parse(String prompt) {
    return PARSER.parse(prompt);
  }

  @Test
  void explicitNumberBeatsReferenceBeatsGenreDefault() {
    TrackSpec stated = parse("drum and bass like Netsky at 168 bpm");
    assertThat(stated.bpm()).isEqualTo(168);
    assertThat(stated.provenance().get("bpm").source()).isEqualTo("prompt");

    TrackSpec referenced = parse("house like Fred again..");
    // Fred again.. 125-135 overlaps house 118-128 in 125-128: midpoint 126.5 rounds to 127
    assertThat(referenced.tempoRange()).containsExactly(125.0, 128.0);
    assertThat(referenced.bpm()).isEqualTo(127);
    assertThat(referenced.provenance().get("bpm").source()).isEqualTo("reference");
    assertThat(referenced.provenance().get("bpm").text()).isEqualTo("Fred again..");

    TrackSpec plain = parse("house");
    assertThat(plain.bpm()).isEqualTo(124);
    assertThat(plain.tempoRange()).containsExactly(118.0, 128.0);
    assertThat(plain.provenance().get("bpm").source()).isEqualTo("genre-default");
  }

  @Test
  void halfTimeKeepsTheNumberAndSetsTheFeel() {
    TrackSpec s = parse("174 bpm, half-time");
    assertThat(s.bpm()).isEqualTo(174);
    assertThat(s.feel()).isEqualTo("half-time");
    assertThat(s.provenance().get("feel").text()).isEqualTo("half-time");
  }

  @Test
  void contradictionResolvesToTheNumberWithAWarning() {
    TrackSpec s = parse("fast ballad at 60 bpm");
    assertThat(s.bpm()).isEqualTo(60);
    assertThat(s.warnings()).anyMatch(w -> w.contains("\"fast\" contradicts 60 bpm"));
  }

  @Test
  void bpmOutsideTheGenreRangeIsKeptWithAWarning() {
    TrackSpec s = parse("dubstep at 90 bpm");
    assertThat(s.bpm()).isEqualTo(90);
    assertThat(s.warnings()).anyMatch(w -> w.contains("outside the usual dubstep range 138-150"));
  }

  @Test
  void tempoWordSetsARangeAndNeverAParsedNumber() {
    TrackSpec s = parse("slow lofi beat");
    // slow 60-90 overlaps lofi hip hop 70-90: range 70-90, bpm its middle
    assertThat(s.tempoRange()).containsExactly(70.0, 90.0);
    assertThat(s.bpm()).isEqualTo(80);
    assertThat(s.provenance().get("bpm").source()).isEqualTo("tempo-word");
    assertThat(s.provenance().get("bpm").text()).isEqualTo("slow");
  }

  @Test
  void tempoWordOutsideTheGenreIsReadRelativeToIt() {
    TrackSpec s = parse("slow drum and bass");
    // no overlap of 60-90 with 165-180: the lower third, 165-170
    assertThat(s.tempoRange()).containsExactly(165.0, 170.0);
    assertThat(s.bpm()).isEqualTo(168);
  }

  @Test
  void bareTonicMeansMajorAndModeAloneDrawsTheTonicFromTheSeed() {
    TrackSpec bare = parse("techno in E");
    assertThat(bare.key()).isEqualTo(new TrackSpec.Key("E", "major"));
    assertThat(bare.provenance().get("key").source()).isEqualTo("prompt");

    TrackSpec modeOnly = PARSER.parse("techno in a minor key", 11L, Overrides.NONE);
    assertThat(modeOnly.key().mode()).isEqualTo("minor");
    assertThat(modeOnly.provenance().get("key").source()).isEqualTo("seed");
    assertThat(modeOnly.provenance().get("mode").source()).isEqualTo("prompt");
    assertThat(modeOnly.provenance().get("mode").text()).isEqualTo("in a minor key");
  }

  @Test
  void noKeyMeansATonicDrawnBySeedAndTheGenreMode() {
    Set<String> tonics = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      TrackSpec s = PARSER.parse("trance", seed, Overrides.NONE);
      assertThat(s.provenance().get("key").source()).isEqualTo("seed");
      assertThat(s.provenance().get("mode").source()).isEqualTo("genre-default");
      assertThat(s.key().mode()).isEqualTo("minor");
      tonics.add(s.key().tonic());
      assertThat(PARSER.parse("trance", seed, Overrides.NONE).key()).isEqualTo(s.key());
    }
    assertThat(tonics).hasSize(12);
  }

  @Test
  void theSamePromptGivesTheSameSpec() {
    assertThat(parse("dark techno with acid lines"))
        .isEqualTo(parse("dark techno with acid lines"));
  }

  @ParameterizedTest
  @CsvSource({
    "'32 bars at 120 bpm', 4/4, 64.0",
    "'32 bars in 3/4 at 120 bpm', 3/4, 48.0",
    "'12 bars in 6/8 at 60 bpm', 6/8, 24.0",
    "'10 bars in 7/8 at 105 bpm', 7/8, 20.0",
    "'8 bars in 12/8 at 80 bpm', 12/8, 24.0",
  })
  void barsDecideTheDurationFromBeatsPerBarAndBpm(String prompt, String meter, double seconds) {
    // durationSeconds = bars x beats per bar x 60 / bpm; 6/8 and 12/8 count dotted quarters
    TrackSpec s = parse(prompt);
    assertThat(s.timeSignature()).isEqualTo(meter);
    assertThat(s.durationSeconds()).isCloseTo(seconds, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.provenance().get("durationSeconds").source()).isEqualTo("prompt");
  }

  @Test
  void barsWinOverAStatedDurationWithAWarning() {
    TrackSpec s = parse("16 bars at 120 bpm, 3 minutes");
    assertThat(s.bars()).isEqualTo(16);
    assertThat(s.durationSeconds()).isEqualTo(32);
    assertThat(s.warnings()).anyMatch(w -> w.contains("3 minutes"));
  }

  @Test
  void excludedInstrumentsNeverAppearAmongTheWanted() {
    TrackSpec s = parse("pop with piano and vocals, no vocals");
    assertThat(s.excludedInstruments()).containsExactly("vocals");
    assertThat(s.instruments()).containsExactly("piano");
    assertThat(s.warnings()).anyMatch(w -> w.contains("vocals is both wanted and excluded"));
  }

  @Test
  void excludingAWholeRoleRemovesEveryInstrumentOfIt() {
    TrackSpec s = parse("hip hop, instrumental");
    assertThat(s.instruments()).doesNotContain("rap", "vocals");
    assertThat(s.instrumentRoles().values()).doesNotContain("vocal");
  }

  @Test
  void unknownArtistsAreKeptWithNoImpliedFields() {
    TrackSpec s = parse("in the style of Quux Kollektiv");
    assertThat(s.references()).hasSize(1);
    TrackSpec.Reference r = s.references().get(0);
    assertThat(r.name()).isEqualTo("Quux Kollektiv");
    assertThat(r.known()).isFalse();
    assertThat(r.genre()).isNull();
    assertThat(r.bpmRange()).isNull();
    assertThat(s.provenance().get("bpm").source()).isEqualTo("genre-default");
  }

  @Test
  void knownReferenceCarriesWhatItImplies() {
    TrackSpec.Reference r = parse("like Pendulum").references().get(0);
    assertThat(r.known()).isTrue();
    assertThat(r.genre()).isEqualTo("drum and bass");
    assertThat(r.bpmRange()).containsExactly(172.0, 176.0);
    assertThat(r.instruments()).contains("reese bass");
    assertThat(r.start()).isEqualTo(5);
    assertThat(r.end()).isEqualTo(13);
  }

  @Test
  void unusedWordsAreReportedWithTheirPositions() {
    String prompt = "techno with blorpy zings, 130 bpm";
    TrackSpec s = parse(prompt);
    assertThat(s.unparsed()).containsExactly(new TrackSpec.Unparsed("blorpy zings", 12, 24));
    assertThat(prompt.substring(12, 24)).isEqualTo("blorpy zings");
  }

  @Test
  void typoIsCorrectedAndReportedButANameIsNot() {
    TrackSpec s = parse("tehcno with a gutiar solo");
    assertThat(s.genre()).isEqualTo("techno");
    assertThat(s.instruments()).contains("guitar");
    assertThat(s.corrections())
        .extracting(TrackSpec.Correction::text, TrackSpec.Correction::correctedTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tehcno", "techno"),
            org.assertj.core.groups.Tuple.tuple("gutiar", "guitar"));
    assertThat(parse("songs like Tecno").corrections()).isEmpty();
  }

  @Test
  void subgenreKeepsTheFamilyTheGeneratorRenders() {
    TrackSpec s = parse("liquid drum and bass");
    assertThat(s.genre()).isEqualTo("drum and bass");
    assertThat(s.subgenre()).isEqualTo("liquid");
  }

  @Test
  void energyWordsMapToTheDocumentedBands() {
    assertThat(parse("low energy techno").energy()).isLessThanOrEqualTo(0.33);
    assertThat(parse("high energy techno").energy()).isGreaterThanOrEqualTo(0.66);
    assertThat(parse("medium energy techno").energy()).isBetween(0.34, 0.65);
  }

  @Test
  void overridesBeatThePromptAndAreRecorded() {
    Overrides o =
        Overrides.parse(
            Map.of("genre", "dnb", "duration", "2:30", "mode", "dorian"), PARSER.lexicon());
    TrackSpec s = PARSER.parse("house in C minor, 4 minutes", 1L, o);
    assertThat(s.genre()).isEqualTo("drum and bass");
    assertThat(s.durationSeconds()).isEqualTo(150);
    assertThat(s.key()).isEqualTo(new TrackSpec.Key("C", "dorian"));
    assertThat(s.provenance().get("genre").source()).isEqualTo("override");
    assertThat(s.provenance().get("mode").source()).isEqualTo("override");
  }

  @ParameterizedTest
  @CsvSource({
    "'key=H minor'",
    "'bars=1.5'",
    "'energy=2'",
    "'timeSignature=4/5'",
    "'genre=zydecore'"
  })
  void invalidOverridesAreRejected(String setting) {
    String[] kv = setting.split("=", 2);
    assertThatThrownBy(() -> Overrides.parse(Map.of(kv[0], kv[1]), PARSER.lexicon()))
        .isInstanceOf(Overrides.InvalidOverrideException.class)
        .hasMessageContaining(kv[0]);
  }

  static Stream<String> notPrompts() {
    return Stream.of("", " ", "\t\n", "abc\0def", "\u0001\u0002\u0003\u0004x");
  }

  @ParameterizedTest
  @MethodSource("notPrompts")
  void emptyAndBinaryPromptsAreBadInput(String prompt) {
    assertThatThrownBy(() -> parse(prompt)).isInstanceOf(BadInputException.class);
  }
}
