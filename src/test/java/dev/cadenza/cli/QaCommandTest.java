package dev.cadenza.cli;

import static dev.cadenza.cli.AnalyzeCommandTest.wav;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.ExitCodes;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class QaCommandTest {

  @TempDir Path dir;

  private static final int RATE = 48000;

  private static double sine(int i, double hz, double amplitude) {
    return amplitude * Math.sin(2 * Math.PI * hz * i / RATE);
  }

  private Path file(String name, int frames, IntToDoubleFunction signal) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, wav(RATE, 2, frames, signal));
    return path;
  }

  private static List<String> failed(CliRun run) throws IOException {
    JsonNode report = Json.mapper().readTree(run.stdoutBytes());
    List<String> names = new ArrayList<>();
    report
        .get("checks")
        .forEach(
            c -> {
              if (!c.get("passed").asBoolean()) {
                names.add(c.get("name").asText());
              }
            });
    assertThat(report.get("passed").asBoolean()).isEqualTo(names.isEmpty());
    assertThat(run.exitCode()).isEqualTo(names.isEmpty() ? ExitCodes.OK : ExitCodes.QA_FAILED);
    return names;
  }

  @Test
  void cleanToneAtTheTargetPasses() throws Exception {
    // EBU Tech 3341 case 1: 1 kHz at -23 dBFS per channel reads -23.0 LUFS.
    double a = Math.pow(10, -23 / 20.0);
    Path path = file("clean.wav", RATE * 10, i -> sine(i, 1000, a));
    CliRun run = CliRun.run("qa", path.toString(), "--target-lufs", "-23");
    assertThat(failed(run)).isEmpty();
    assertThat(run.stdout()).contains("\"schema\":\"cadenza.qa/1\"").contains("integratedLoudness");
  }

  @Test
  void loudnessOffTargetFails() throws Exception {
    double a = Math.pow(10, -23 / 20.0);
    Path path = file("quiet.wav", RATE * 10, i -> sine(i, 1000, a));
    assertThat(failed(CliRun.run("qa", path.toString(), "--target-lufs", "-14")))
        .containsExactly("integratedLoudness");
    assertThat(
            failed(
                CliRun.run(
                    "qa", path.toString(), "--target-lufs", "-22", "--tolerance", "loudness=1.5")))
        .isEmpty();
  }

  @Test
  void interSamplePeakAboveTheCeilingFails() throws Exception {
    // A sine at a quarter of the rate, 45 degrees off its samples: the samples reach A/sqrt(2),
    // the waveform between them reaches A = 1.2 (+1.58 dBTP) without clipping a sample.
    Path path = file("overs.wav", RATE * 2, i -> 1.2 * Math.sin(Math.PI / 2 * i + Math.PI / 4));
    assertThat(failed(CliRun.run("qa", path.toString()))).containsExactly("truePeak");
    assertThat(failed(CliRun.run("qa", path.toString(), "--true-peak", "2"))).isEmpty();
  }

  @Test
  void clippingDcDropoutsPhaseAndSilenceAreEachCaught() throws Exception {
    assertThat(
            failed(
                CliRun.run(
                    "qa",
                    file("square.wav", RATE, i -> (i / 100) % 2 == 0 ? 1.0 : -1.0).toString())))
        .contains("clipping");
    assertThat(
            failed(
                CliRun.run(
                    "qa", file("dc.wav", RATE * 2, i -> 0.01 + sine(i, 440, 0.3)).toString())))
        .containsExactly("dcOffset");
    Path gap =
        file("gap.wav", RATE * 8, i -> i < RATE * 2 || i >= RATE * 5 ? sine(i, 440, 0.3) : 0);
    assertThat(failed(CliRun.run("qa", gap.toString()))).containsExactly("dropouts");
    assertThat(failed(CliRun.run("qa", gap.toString(), "--tolerance", "gap=4s"))).isEmpty();
    assertThat(failed(CliRun.run("qa", file("silent.wav", RATE, i -> 0).toString())))
        .containsExactly("notSilent");
  }

  @Test
  void channelsInOppositePhaseFailMonoCompatibility() throws Exception {
    Path path = dir.resolve("phase.wav");
    byte[] bytes = wav(RATE, 2, RATE * 2, i -> sine(i, 220, 0.3));
    // Invert the right channel: every second float of the data chunk.
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int data = AnalyzeCommandTest.indexOf(bytes, "data") + 8;
    for (int at = data + 4; at < bytes.length; at += 8) {
      b.putFloat(at, -b.getFloat(at));
    }
    Files.write(path, bytes);
    assertThat(failed(CliRun.run("qa", path.toString()))).containsExactly("monoCompatibility");
  }

  @Test
  void nonFiniteSamplesFailTheCheckInsteadOfTheRun() throws Exception {
    byte[] bytes = wav(RATE, 2, RATE, i -> sine(i, 440, 0.3));
    ByteBuffer.wrap(bytes)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putFloat(AnalyzeCommandTest.indexOf(bytes, "data") + 8 + 800, Float.NaN);
    Path path = dir.resolve("nan.wav");
    Files.write(path, bytes);
    CliRun run = CliRun.run("qa", path.toString());
    assertThat(failed(run)).containsExactly("finiteSamples");
    assertThat(run.stderr()).contains("finiteSamples failed");
  }

  @Test
  void durationIsCheckedAgainstTheSpec() throws Exception {
    Path path = file("five.wav", RATE * 5, i -> sine(i, 440, 0.3));
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, handWrittenSpec(10));
    // A steady tone has no tempo, so the spec's tempo check fails too; duration is what is tested.
    assertThat(failed(CliRun.run("qa", path.toString(), "--spec", spec.toString())))
        .contains("duration");
    Files.writeString(spec, handWrittenSpec(5.2));
    assertThat(failed(CliRun.run("qa", path.toString(), "--spec", spec.toString())))
        .doesNotContain("duration");
  }

  private static String handWrittenSpec(double seconds) {
    return "{\"genre\": \"house\", \"bpm\": 124, \"energy\": 0.7, \"seed\": 1, \"durationSeconds\": "
        + seconds
        + "}";
  }

  @Test
  void aPartialSpecIsFilledInAsGenerateFillsItAndItsGivenFieldsAreChecked() throws Exception {
    // Before: refused ("field 'energy' is missing or null"). The spec gives a genre, a tempo and
    // a length; qa checks the 5-second file against the 5 seconds and 124 bpm it gives.
    Path path = file("any.wav", RATE * 5, i -> sine(i, 440, 0.3));
    Path spec = dir.resolve("partial.json");
    Files.writeString(spec, "{\"genre\": \"house\", \"bpm\": 124, \"durationSeconds\": 5}");
    CliRun run = CliRun.run("qa", path.toString(), "--spec", spec.toString());
    assertThat(run.exitCode()).as(run.stderr()).isIn(ExitCodes.OK, ExitCodes.QA_FAILED);
    JsonNode checks = Json.mapper().readTree(run.stdoutBytes()).get("checks");
    JsonNode duration = null;
    JsonNode tempo = null;
    for (JsonNode c : checks) {
      duration = c.get("name").asText().equals("duration") ? c : duration;
      tempo = c.get("name").asText().equals("tempo") ? c : tempo;
    }
    assertThat(duration).as(checks.toString()).isNotNull();
    assertThat(duration.get("expected").asDouble()).isEqualTo(5.0);
    assertThat(duration.get("passed").asBoolean()).isTrue();
    assertThat(tempo).as(checks.toString()).isNotNull();
    assertThat(tempo.get("expected").asDouble()).isEqualTo(124.0);
  }

  @Test
  void aPartialSpecsFieldOfTheWrongTypeIsStillRefusedNamingIt() throws Exception {
    Path path = file("any.wav", RATE, i -> sine(i, 440, 0.3));
    Path spec = dir.resolve("partial.json");
    Files.writeString(spec, "{\"genre\": \"house\", \"bpm\": \"fast\"}");
    CliRun run = CliRun.run("qa", path.toString(), "--spec", spec.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.stderr().lines()).hasSize(1);
    assertThat(run.stderr()).contains("partial.json").contains("'bpm'");
  }

  @Test
  void junitXmlHasOneTestCasePerCheckAndTheFailures() throws Exception {
    Path path = file("square.wav", RATE, i -> (i / 100) % 2 == 0 ? 1.0 : -1.0);
    Path xml = dir.resolve("qa.xml");
    CliRun run = CliRun.run("qa", path.toString(), "--junit", xml.toString());
    List<String> failedChecks = failed(run);
    JsonNode report = Json.mapper().readTree(run.stdoutBytes());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    assertThat(doc.getElementsByTagName("testcase").getLength())
        .isEqualTo(report.get("checks").size());
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(failedChecks.size());
    assertThat(
            doc.getDocumentElement()
                .getElementsByTagName("testsuite")
                .item(0)
                .getAttributes()
                .getNamedItem("failures")
                .getNodeValue())
        .isEqualTo(String.valueOf(failedChecks.size()));
  }

  @Test
  void badToleranceIsAUsageErrorAndBadSpecIsBadInput() throws Exception {
    Path path = file("ok.wav", RATE, i -> sine(i, 440, 0.3));
    CliRun bad = CliRun.run("qa", path.toString(), "--tolerance", "tempo=fast");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.stderr().lines()).hasSize(1);
    Path spec = dir.resolve("bad.json");
    Files.writeString(spec, "{\"schema\": \"cadenza.trackspec/9\"}");
    CliRun badSpec = CliRun.run("qa", path.toString(), "--spec", spec.toString());
    assertThat(badSpec.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badSpec.stderr()).contains("bad.json").contains("unsupported schema version");
    assertThat(
            CliRun.run("qa", path.toString(), "--spec", dir.resolve("none.json").toString())
                .exitCode())
        .isEqualTo(ExitCodes.NO_INPUT);
  }
}
