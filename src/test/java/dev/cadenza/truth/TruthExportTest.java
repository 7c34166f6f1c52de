package dev.cadenza.truth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cadenza.cli.CliRun;
import dev.cadenza.music.TimeSignature;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.Manifest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth exports checked against outside definitions: the JAMS document against the schema the
 * jams package publishes (vendored under test resources, see their README), each observation
 * against its namespace as jams.schema.namespace composes it; the text files read back with
 * mir_eval.io's grammar (load_delimited: columns split on whitespace, as many as the loader
 * expects) and compared with the manifest's truth.
 */
class TruthExportTest {

  private static final String JAMS = "/dev/cadenza/truth/jams/";

  @TempDir Path tmp;

  private record Generated(Manifest manifest, JsonNode jams, Path truthDir) {}

  private Generated generate(String spec) throws Exception {
    Path jams = tmp.resolve("truth.jams");
    Path dir = tmp.resolve("truth");
    CliRun r =
        CliRun.withInput(
            spec.getBytes(StandardCharsets.UTF_8),
            "generate",
            "-",
            "-o",
            tmp.resolve("stems").toString(),
            "--jams",
            jams.toString(),
            "--truth-dir",
            dir.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    Manifest manifest = Json.mapper().readValue(r.stdoutBytes(), Manifest.class);
    return new Generated(manifest, Json.mapper().readTree(jams.toFile()), dir);
  }

  private static JsonNode resource(String name) throws Exception {
    try (InputStream in = TruthExportTest.class.getResourceAsStream(JAMS + name)) {
      return Json.mapper().readTree(in);
    }
  }

  /** The published container schema (draft 4), with every error it finds. */
  private static List<Error> containerErrors(JsonNode document) throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(resource("jams_schema.json").toString());
    return schema.validate(document);
  }

  /**
   * jams.schema.namespace: the container's SparseObservation with the namespace's value and
   * confidence schemas put in (namespace files in either of the two layouts jams has used).
   */
  private static Schema observationSchema(String namespace) throws Exception {
    JsonNode ns = resource("namespaces/" + namespace + ".json");
    JsonNode defs = ns.has(namespace) ? ns.get(namespace) : ns.get("definitions");
    ObjectNode observation =
        resource("jams_schema.json").get("definitions").get("SparseObservation").deepCopy();
    ObjectNode properties = (ObjectNode) observation.get("properties");
    for (String key : List.of("value", "confidence")) {
      if (defs.has(key)) {
        properties.set(key, defs.get(key));
      }
    }
    observation.put("$schema", "http://json-schema.org/draft-04/schema#");
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(observation.toString());
  }

  private static void assertValidJams(JsonNode document) throws Exception {
    assertThat(containerErrors(document)).isEmpty();
    for (JsonNode annotation : document.get("annotations")) {
      String namespace = annotation.get("namespace").asText();
      Schema schema = observationSchema(namespace);
      assertThat(annotation.get("data")).as(namespace).isNotEmpty();
      for (JsonNode observation : annotation.get("data")) {
        assertThat(schema.validate(observation)).as(namespace + " " + observation).isEmpty();
      }
    }
  }

  private static List<JsonNode> annotations(JsonNode jams, String namespace) {
    List<JsonNode> out = new ArrayList<>();
    jams.get("annotations")
        .forEach(
            a -> {
              if (a.get("namespace").asText().equals(namespace)) {
                out.add(a);
              }
            });
    return out;
  }

  /** mir_eval.io.load_delimited: each line split on whitespace into exactly {@code n} columns. */
  private static List<String[]> columns(Path file, int n) throws Exception {
    List<String[]> rows = new ArrayList<>();
    Pattern splitter = Pattern.compile("\\s+");
    for (String line : Files.readAllLines(file)) {
      String[] data = splitter.split(line.strip(), n);
      assertThat(data).as(file.getFileName() + ": " + line).hasSize(n);
      rows.add(data);
    }
    return rows;
  }

  private static String spec(String genre, int bpm, String tonic, String mode, String meter) {
    return "{\"genre\":\""
        + genre
        + "\",\"bpm\":"
        + bpm
        + ",\"key\":{\"tonic\":\""
        + tonic
        + "\",\"mode\":\""
        + mode
        + "\"},\"timeSignature\":\""
        + meter
        + "\",\"bars\":8,\"seed\":11}";
  }

  @ParameterizedTest
  @CsvSource({"house,124,A,minor,4/4", "jazz,130,Bb,major,3/4", "folk,90,F#,dorian,6/8"})
  void theJamsDocumentIsValidAgainstThePublishedSchemaAndHoldsTheTruth(
      String genre, int bpm, String tonic, String mode, String meter) throws Exception {
    Generated g = generate(spec(genre, bpm, tonic, mode, meter));
    assertValidJams(g.jams());
    Manifest.Truth truth = g.manifest().truth();

    JsonNode tempo = annotations(g.jams(), "tempo").get(0).get("data").get(0);
    assertThat(tempo.get("value").asDouble()).isEqualTo(bpm);
    List<Double> beatTimes = new ArrayList<>();
    annotations(g.jams(), "beat")
        .get(0)
        .get("data")
        .forEach(o -> beatTimes.add(o.get("time").asDouble()));
    assertThat(beatTimes).isEqualTo(truth.beats());
    // the composer's grid starts on a downbeat: beat i is beat i mod (beats per bar) + 1
    int perBar = TimeSignature.parse(meter).beatsPerBar();
    JsonNode positions = annotations(g.jams(), "beat_position").get(0).get("data");
    for (int i = 0; i < positions.size(); i++) {
      JsonNode v = positions.get(i).get("value");
      int unit = Integer.parseInt(meter.split("/")[0]) / perBar;
      assertThat(v.get("position").asInt()).isEqualTo(1 + (i % perBar) * unit);
      assertThat(v.get("measure").asInt()).isEqualTo(i / perBar + 1);
      assertThat(v.get("num_beats").asInt() + "/" + v.get("beat_units").asInt()).isEqualTo(meter);
    }
    JsonNode key = annotations(g.jams(), "key_mode").get(0).get("data").get(0);
    assertThat(key.get("value").asText()).isEqualTo(tonic + ":" + mode);
    JsonNode chords = annotations(g.jams(), "chord").get(0).get("data");
    assertThat(chords).hasSize(truth.chords().size());
    for (int i = 0; i < chords.size(); i++) {
      assertThat(chords.get(i).get("time").asDouble()).isEqualTo(truth.chords().get(i).start());
    }
    List<JsonNode> tags = annotations(g.jams(), "tag_open");
    assertThat(tags.get(0).get("data").get(0).get("value").asText()).isEqualTo(genre);
    List<String> stemTags = new ArrayList<>();
    tags.get(1).get("data").forEach(o -> stemTags.add(o.get("value").asText()));
    assertThat(stemTags).isEqualTo(g.manifest().stems().stream().map(Manifest.Stem::name).toList());
  }

  @Test
  void aKeyChangeGivesOneValidKeyObservationPerKey() throws Exception {
    String spec =
        "{\"genre\":\"pop\",\"bpm\":120,\"key\":{\"tonic\":\"C\",\"mode\":\"major\"},"
            + "\"durationSeconds\":60,\"seed\":3,"
            + "\"keyChanges\":[{\"key\":{\"tonic\":\"D\",\"mode\":\"major\"}}]}";
    Generated g = generate(spec);
    assertValidJams(g.jams());
    JsonNode keys = annotations(g.jams(), "key_mode").get(0).get("data");
    assertThat(keys).hasSize(2);
    assertThat(keys.get(0).get("value").asText()).isEqualTo("C:major");
    assertThat(keys.get(1).get("value").asText()).isEqualTo("D:major");
    Manifest.KeySpan d = g.manifest().truth().keys().get(1);
    assertThat(keys.get(1).get("time").asDouble()).isEqualTo(d.start());
    assertThat(keys.get(0).get("duration").asDouble()).isEqualTo(d.start());
  }

  @Test
  void aDocumentMissingWhatTheSchemaRequiresIsRefusedByTheValidator() throws Exception {
    // the check can fail: an annotation without its namespace, and a key no key_mode names
    Generated g = generate(spec("house", 124, "A", "minor", "4/4"));
    ObjectNode broken = g.jams().deepCopy();
    ((ObjectNode) broken.get("annotations").get(0)).remove("namespace");
    assertThat(containerErrors(broken)).isNotEmpty();
    ObjectNode badKey = Json.mapper().createObjectNode();
    badKey.put("time", 0.0).put("duration", 1.0).put("value", "H:minor").put("confidence", 1.0);
    assertThat(observationSchema("key_mode").validate(badKey)).isNotEmpty();
  }

  @Test
  void theTextFilesReadBackWithMirEvalsGrammarToTheManifestsTruth() throws Exception {
    Generated g = generate(spec("house", 124, "A", "minor", "4/4"));
    Manifest.Truth truth = g.manifest().truth();
    Path dir = g.truthDir();

    List<String[]> beats = columns(dir.resolve("beats.txt"), 2);
    assertThat(beats.stream().map(b -> Double.parseDouble(b[0])).toList()).isEqualTo(truth.beats());
    for (int i = 0; i < beats.size(); i++) {
      assertThat(beats.get(i)[1]).isEqualTo(String.valueOf(i % 4 + 1));
    }
    assertThat(
            columns(dir.resolve("downbeats.txt"), 1).stream()
                .map(d -> Double.parseDouble(d[0]))
                .toList())
        .isEqualTo(truth.downbeats());

    List<String[]> chords = columns(dir.resolve("chords.lab"), 3);
    Pattern harte =
        Pattern.compile(resource("namespaces/chord.json").at("/chord/value/pattern").asText());
    assertThat(chords).hasSize(truth.chords().size());
    for (int i = 0; i < chords.size(); i++) {
      Manifest.Chord c = truth.chords().get(i);
      assertThat(Double.parseDouble(chords.get(i)[0])).isEqualTo(c.start());
      assertThat(Double.parseDouble(chords.get(i)[1])).isEqualTo(c.end());
      assertThat(chords.get(i)[2]).matches(harte).isNotEqualTo("X");
    }

    List<String[]> key = columns(dir.resolve("key.txt"), 2);
    assertThat(key).hasSize(1);
    assertThat(key.get(0)).containsExactly("A", "minor");

    List<String[]> sections = columns(dir.resolve("sections.lab"), 3);
    assertThat(sections).hasSize(truth.sections().size());
    for (int i = 0; i < sections.size(); i++) {
      Manifest.Span s = truth.sections().get(i);
      assertThat(Double.parseDouble(sections.get(i)[0])).isEqualTo(s.start());
      assertThat(Double.parseDouble(sections.get(i)[1])).isEqualTo(s.end());
      assertThat(sections.get(i)[2]).isEqualTo(s.label());
    }
  }

  @ParameterizedTest
  @CsvSource({
    // cadenza's symbol, its Harte label (Harte et al. 2005, table of shorthands)
    "C,C:maj",
    "Am,A:min",
    "F#dim,F#:dim",
    "Ebaug,Eb:aug",
    "Bbmaj7,Bb:maj7",
    "G7,G:7",
    "Dm7,D:min7",
    "CmMaj7,C:minmaj7",
    "Bm7b5,B:hdim7",
    "C#dim7,C#:dim7",
    "Fmaj7#5,F:aug(7)",
    "C?,X"
  })
  void chordSymbolsBecomeHarteLabels(String symbol, String label) throws Exception {
    assertThat(HarteLabels.of(symbol)).isEqualTo(label);
    Pattern harte =
        Pattern.compile(resource("namespaces/chord.json").at("/chord/value/pattern").asText());
    assertThat(label).matches(harte);
  }

  @Test
  void analyzeJamsIsValidToo() throws Exception {
    Path wav = tmp.resolve("mix.wav");
    CliRun mix =
        CliRun.withInput(
            spec("house", 124, "A", "minor", "4/4").getBytes(StandardCharsets.UTF_8),
            "generate",
            "-",
            "--mixdown");
    assertThat(mix.exitCode()).as(mix.stderr()).isZero();
    Files.write(wav, mix.stdoutBytes());
    Path jams = tmp.resolve("analysis.jams");
    CliRun r = CliRun.run("analyze", wav.toString(), "--jams", jams.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode doc = Json.mapper().readTree(jams.toFile());
    assertValidJams(doc);
    JsonNode analysis = Json.mapper().readTree(r.stdoutBytes());
    List<Double> beats = new ArrayList<>();
    annotations(doc, "beat").get(0).get("data").forEach(o -> beats.add(o.get("time").asDouble()));
    List<Double> measured = new ArrayList<>();
    analysis.get("beats").forEach(b -> measured.add(b.asDouble()));
    assertThat(beats).isEqualTo(measured);
    assertThat(annotations(doc, "tempo").get(0).at("/data/0/value").asDouble())
        .isEqualTo(analysis.at("/tempo/bpm").asDouble());
  }
}
