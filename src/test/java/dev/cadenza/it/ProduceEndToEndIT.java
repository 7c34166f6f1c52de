package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.cli.CliRun;
import dev.cadenza.spec.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cadenza produce} on varied prompts: every master passes QA (within the default retries),
 * and the tempo and key in the report are the ones the prompt asked for, both in the spec and as
 * measured in the master.
 */
class ProduceEndToEndIT {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "drum and bass at 174 bpm in F minor, 20 seconds | 174 | F | minor",
        "deep house at 124 bpm in A minor, 20 seconds | 124 | A | minor",
        "dark techno, 132 bpm, D minor, 20 seconds | 132 | D | minor",
        "lofi hip hop at 80 bpm in Eb major, 20 seconds | 80 | Eb | major",
        "trap beat at 140 bpm in G minor, 20 seconds | 140 | G | minor",
        "uplifting trance at 138 bpm in E minor, 20 seconds | 138 | E | minor",
        "synthwave at 100 bpm in C major, 20 seconds, no vocals | 100 | C | major",
        "funk groove at 110 bpm in E major, 20 seconds | 110 | E | major",
        "pop song at 118 bpm in G major, 20 seconds | 118 | G | major",
        "reggae at 76 bpm in Bb major, 20 seconds | 76 | Bb | major",
      })
  void producesACheckedTrackWithTheTempoAndKeyAskedFor(
      String prompt, double bpm, String tonic, String mode) throws Exception {
    Path out = dir.resolve("track.wav");
    Path report = dir.resolve("report.json");
    CliRun r =
        CliRun.run("produce", prompt, "-o", out.toString(), "--report", report.toString(), "-q");
    JsonNode doc = Json.mapper().readTree(report.toFile());
    assertThat(r.exitCode()).as(prompt + "\n" + r.stderr() + "\n" + doc.get("attempts")).isZero();
    assertThat(doc.get("passed").asBoolean()).isTrue();
    assertThat(Files.size(out)).isGreaterThan(1_000_000);

    JsonNode spec = doc.get("spec");
    assertThat(spec.get("bpm").asDouble()).isEqualTo(bpm);
    assertThat(spec.get("key").get("tonic").asText()).isEqualTo(tonic);
    assertThat(spec.get("key").get("mode").asText()).isEqualTo(mode);

    JsonNode analysis = doc.get("analysis");
    assertThat(analysis.get("tempo").get("bpm").asDouble()).isCloseTo(bpm, within(bpm * 0.02));
    for (JsonNode check : doc.get("qa").get("checks")) {
      assertThat(check.get("passed").asBoolean()).as(check.toString()).isTrue();
    }
    assertThat(doc.get("qa").toString())
        .contains("\"name\":\"key\"")
        .contains("\"name\":\"tempo\"");
  }
}
