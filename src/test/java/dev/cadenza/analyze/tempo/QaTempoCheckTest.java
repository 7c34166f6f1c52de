package dev.cadenza.analyze.tempo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/** cadenza qa compares the measured tempo of a rendered 124 BPM house groove with the spec's. */
class QaTempoCheckTest {

  @TempDir static Path dir;
  static Path wav;

  @BeforeAll
  static void renderHouse() throws Exception {
    float[] mono = DrumRenderer.render(DrumPattern.HOUSE, 124, 0, 16, 5).audio();
    AudioBlock block = new AudioBlock(1, mono.length);
    System.arraycopy(mono, 0, block.channel(0), 0, mono.length);
    block.setFrames(mono.length);
    wav = dir.resolve("house.wav");
    try (WavWriter writer =
        WavWriter.create(
            wav,
            DrumRenderer.RATE,
            ChannelLayout.defaultFor(1),
            WavEncoding.FLOAT_32,
            Dither.none())) {
      writer.write(block);
      writer.finish();
    }
  }

  @ParameterizedTest(name = "spec {0} BPM: passes={1}")
  @CsvSource({
    "124, true, ",
    "122, true, ",
    "62, false, double",
    "248, false, half",
    "135, false, instead of"
  })
  void tempoCheck(double specBpm, boolean passes, String detail) throws Exception {
    Path spec = dir.resolve("spec-" + specBpm + ".json");
    Files.writeString(
        spec,
        "{\"genre\":\"house\",\"bpm\":"
            + specBpm
            + ",\"energy\":0.5,\"seed\":1,\"durationSeconds\":31}");
    CliRun run =
        CliRun.run("qa", wav.toString(), "--spec", spec.toString(), "--tolerance", "duration=50%");
    JsonNode tempo = null;
    for (JsonNode check : Json.mapper().readTree(run.stdoutBytes()).get("checks")) {
      if (check.get("name").asText().equals("tempo")) {
        tempo = check;
      }
    }
    assertThat(tempo).as(run.stdout()).isNotNull();
    assertThat(tempo.get("measured").asDouble()).isBetween(124 * 0.98, 124 * 1.02);
    assertThat(tempo.get("passed").asBoolean()).isEqualTo(passes);
    if (!passes) {
      assertThat(tempo.get("detail").asText()).contains(detail);
    }
  }
}
