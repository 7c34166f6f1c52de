package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.ExitCodes;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParseCommandTest {

  private static JsonNode json(CliRun run) throws Exception {
    return Json.mapper().readTree(run.stdoutBytes());
  }

  @Test
  void wordsAreJoinedIntoThePromptAndTheStableFieldsAreWritten() throws Exception {
    CliRun run =
        CliRun.run("parse", "dark", "drum", "and", "bass", "at", "174", "bpm", "in", "F", "minor");
    assertThat(run.exitCode()).isZero();
    JsonNode spec = json(run);
    assertThat(spec.get("schema").asText()).isEqualTo("cadenza.trackspec/1");
    assertThat(spec.get("prompt").asText()).isEqualTo("dark drum and bass at 174 bpm in F minor");
    for (String field :
        List.of(
            "genre",
            "subgenre",
            "bpm",
            "tempoRange",
            "feel",
            "key",
            "timeSignature",
            "bars",
            "durationSeconds",
            "energy",
            "moods",
            "instruments",
            "excludedInstruments",
            "references",
            "structure",
            "seed",
            "provenance",
            "warnings",
            "unparsed")) {
      assertThat(spec.has(field)).as(field).isTrue();
    }
    assertThat(spec.get("bpm").asDouble()).isEqualTo(174);
    assertThat(spec.at("/key/tonic").asText()).isEqualTo("F");
    assertThat(spec.at("/provenance/bpm/source").asText()).isEqualTo("prompt");
    assertThat(spec.at("/provenance/bpm/text").asText()).isEqualTo("at 174 bpm");
    assertThat(spec.at("/provenance/bpm/start").asInt()).isEqualTo(19);
    assertThat(run.stdout().strip().lines()).hasSize(1);
  }

  @Test
  void noWordsOrDashReadsStdin() throws Exception {
    byte[] prompt = "lofi hip hop, 80 bpm, 2 minutes\n".getBytes(StandardCharsets.UTF_8);
    for (String[] args : new String[][] {{"parse"}, {"parse", "-"}}) {
      CliRun run = CliRun.withInput(prompt, args);
      assertThat(run.exitCode()).isZero();
      JsonNode spec = json(run);
      assertThat(spec.get("genre").asText()).isEqualTo("lofi hip hop");
      assertThat(spec.get("durationSeconds").asDouble()).isEqualTo(120);
    }
  }

  @Test
  void prettyIndents() {
    CliRun run = CliRun.run("parse", "--pretty", "techno");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout().lines().count()).isGreaterThan(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t\n"})
  void emptyOrWhitespacePromptIsBadInput(String stdin) {
    CliRun run = CliRun.withInput(stdin.getBytes(StandardCharsets.UTF_8), "parse");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().strip().lines()).hasSize(1);
    assertThat(run.stderr()).startsWith("cadenza parse: ").contains("empty");
  }

  @Test
  void binaryInputIsBadInputWithoutStackTrace() {
    byte[] garbage = new byte[4096];
    new java.util.SplittableRandom(7).nextBytes(garbage);
    CliRun run = CliRun.withInput(garbage, "parse");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.stderr().strip().lines()).hasSize(1);
    assertThat(run.stderr()).doesNotContain("Exception").contains("not");
  }

  @Test
  void nulBytesInUtf8AreBadInput() {
    CliRun run = CliRun.withInput("techno\0\0\0at 130".getBytes(StandardCharsets.UTF_8), "parse");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void oneMegabyteOfTextIsBadInput() {
    byte[] big = "dark techno ".repeat(90_000).getBytes(StandardCharsets.UTF_8);
    assertThat(big.length).isGreaterThan(1_000_000);
    CliRun run = CliRun.withInput(big, "parse");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.stderr().strip().lines()).hasSize(1);
  }

  @Test
  void setOverridesBeatThePromptAndSaySo() throws Exception {
    CliRun run =
        CliRun.run("parse", "--set", "bpm=128", "--set", "key=D minor", "house at 124 bpm in E");
    assertThat(run.exitCode()).isZero();
    JsonNode spec = json(run);
    assertThat(spec.get("bpm").asDouble()).isEqualTo(128);
    assertThat(spec.at("/key/tonic").asText()).isEqualTo("D");
    assertThat(spec.at("/key/mode").asText()).isEqualTo("minor");
    assertThat(spec.at("/provenance/bpm/source").asText()).isEqualTo("override");
    assertThat(spec.at("/provenance/key/source").asText()).isEqualTo("override");
  }

  @Test
  void unknownOverrideFieldIsAUsageError() {
    CliRun run = CliRun.run("parse", "--set", "colour=blue", "techno");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("colour");
  }

  @Test
  void badOverrideValueIsAUsageError() {
    CliRun run = CliRun.run("parse", "--set", "bpm=fast", "techno");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("bpm=fast");
  }

  @Test
  void seedOptionIsRecordedAndDecidesTheDrawnTonic() throws Exception {
    JsonNode a = json(CliRun.run("parse", "--seed", "5", "techno"));
    JsonNode b = json(CliRun.run("parse", "--seed", "5", "techno"));
    assertThat(a.get("seed").asLong()).isEqualTo(5);
    assertThat(a.at("/provenance/seed/source").asText()).isEqualTo("override");
    assertThat(a.get("key")).isEqualTo(b.get("key"));
  }

  @Test
  void explainPrintsATableOnStderrAndKeepsStdoutJson() throws Exception {
    CliRun run =
        CliRun.run("parse", "--explain", "uplifting trance, 138, A minor, 6 minutes, no vocals");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr())
        .contains("FIELD")
        .contains("\"138\" at 18-21")
        .contains("genre-default");
    assertThat(json(run).get("bpm").asDouble()).isEqualTo(138);
  }

  @Test
  void outputReadsBackAsATrackSpec() throws Exception {
    CliRun run = CliRun.run("parse", "dnb like Pendulum, no vocals, 32 bars");
    TrackSpec spec =
        Json.read(
            new java.io.ByteArrayInputStream(run.stdoutBytes()),
            "-",
            Contract.TRACKSPEC,
            TrackSpec.class);
    assertThat(spec.bars()).isEqualTo(32);
    assertThat(spec.references().get(0).known()).isTrue();
  }

  @Test
  void schemaOfTrackspecListsTheProvenanceMap() throws Exception {
    CliRun run = CliRun.run("schema", "trackspec");
    assertThat(run.exitCode()).isZero();
    JsonNode schema = json(run);
    assertThat(schema.at("/properties/schema/const").asText()).isEqualTo("cadenza.trackspec/1");
    assertThat(schema.at("/properties/provenance/type").asText()).isEqualTo("object");
  }

  @Test
  void warningsGoToStderrUnlessQuiet() {
    CliRun loud = CliRun.run("parse", "house at 174 bpm");
    assertThat(loud.exitCode()).isZero();
    assertThat(loud.stderr()).contains("cadenza parse: warning: 174 bpm is outside");
    CliRun quiet = CliRun.run("parse", "--quiet", "house at 174 bpm");
    assertThat(quiet.stderr()).isEmpty();
    assertThat(quiet.stdoutBytes()).isEqualTo(loud.stdoutBytes());
  }

  @Test
  void aHandWrittenSpecWithOnlySomeFieldsReadsWithEmptyLists() throws Exception {
    byte[] minimal =
        "{\"genre\": \"house\", \"bpm\": 124, \"durationSeconds\": 60, \"energy\": 0.5, \"seed\": 1}"
            .getBytes(StandardCharsets.UTF_8);
    TrackSpec spec =
        Json.read(
            new java.io.ByteArrayInputStream(minimal),
            "spec.json",
            Contract.TRACKSPEC,
            TrackSpec.class);
    assertThat(spec.genre()).isEqualTo("house");
    assertThat(spec.instruments()).isEmpty();
    assertThat(spec.provenance()).isEmpty();
    assertThat(spec.swing()).isNull();
  }
}
