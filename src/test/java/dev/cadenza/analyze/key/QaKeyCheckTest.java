package dev.cadenza.analyze.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.ExitCodes;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.cli.CliRun;
import dev.cadenza.spec.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** cadenza qa compares the measured key of a rendered D minor piece with the spec's key. */
class QaKeyCheckTest {

  @TempDir static Path dir;
  static Path wav;

  @BeforeAll
  static void renderDMinor() throws Exception {
    float[] mono =
        ProgressionRenderer.render(
            2, ProgressionRenderer.MINOR_PIECE, ProgressionRenderer.Timbre.SAW, 0, true, 7);
    AudioBlock block = new AudioBlock(1, mono.length);
    System.arraycopy(mono, 0, block.channel(0), 0, mono.length);
    block.setFrames(mono.length);
    wav = dir.resolve("d-minor.wav");
    try (WavWriter writer =
        WavWriter.create(
            wav,
            ProgressionRenderer.RATE,
            ChannelLayout.defaultFor(1),
            WavEncoding.FLOAT_32,
            Dither.none())) {
      writer.write(block);
      writer.finish();
    }
  }

  @ParameterizedTest(name = "spec {0} {1}: passes={2}")
  @CsvSource({
    "D, minor, true, ",
    "D, dorian, true, ",
    "F, major, false, relative key",
    "D, major, false, instead of",
    "G, minor, false, instead of",
  })
  void keyCheck(String tonic, String mode, boolean passes, String detail) throws Exception {
    Path spec = dir.resolve("spec-" + tonic + mode + ".json");
    double seconds = 9.0; // eight chords, the last held twice as long
    Files.writeString(
        spec,
        String.format(
            "{\"genre\":\"pop\",\"bpm\":100,\"energy\":0.5,\"seed\":1,\"durationSeconds\":%s,"
                + "\"key\":{\"tonic\":\"%s\",\"mode\":\"%s\"}}",
            seconds, tonic, mode));
    CliRun run =
        CliRun.run("qa", wav.toString(), "--spec", spec.toString(), "--tolerance", "duration=50%");
    JsonNode report = Json.mapper().readTree(run.stdoutBytes());
    JsonNode key = null;
    for (JsonNode check : report.get("checks")) {
      if (check.get("name").asText().equals("key")) {
        key = check;
      }
    }
    assertThat(key).as(run.stdout()).isNotNull();
    assertThat(key.get("measured").asText()).isEqualTo("D minor");
    assertThat(key.get("passed").asBoolean()).isEqualTo(passes);
    if (!passes) {
      assertThat(key.get("detail").asText()).contains(detail);
      assertThat(run.exitCode()).isEqualTo(ExitCodes.QA_FAILED);
    }
  }
}
