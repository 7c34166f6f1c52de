package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.dsp.Audio;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tempo-synced stages follow the manifest's tempo: an impulse through a delay of half a beat comes
 * back exactly 60 / bpm × 0.5 seconds later, for the bpm the manifest's truth states; a WAV, which
 * carries no tempo, gets the documented 120 bpm.
 */
class MixTempoTest {
  private static final int RATE = 44_100;
  private static final int IMPULSE_AT = RATE / 2;
  private static final double BEATS = 0.5;

  @TempDir Path dir;

  /** A stereo click: silence with one impulse at {@link #IMPULSE_AT}. */
  private Path click() {
    float[][] x = new float[2][RATE * 3];
    x[0][IMPULSE_AT] = 0.5f;
    x[1][IMPULSE_AT] = 0.5f;
    Path file = dir.resolve("click.wav");
    Audio.write(file, x, RATE);
    return file;
  }

  /** A chain of one delay timed in beats, naming no bpm, with a single echo. */
  private Path halfBeatDelay() throws IOException {
    Path file = dir.resolve("delay.json");
    Files.writeString(
        file,
        "{\"processors\": [{\"type\": \"delay\", \"params\": {\"beats\": "
            + BEATS
            + ", \"feedback\": 0, \"mix\": 0.5}}]}",
        StandardCharsets.UTF_8);
    return file;
  }

  private Path manifest(Path stem, double bpm) throws IOException {
    Path file = dir.resolve("manifest.json");
    String json =
        "{\"schema\": \"cadenza.manifest/1\", \"seed\": 3, \"stems\": [{\"name\": \"click\","
            + " \"file\": \""
            + stem.toString().replace("\\", "\\\\")
            + "\", \"gainDb\": 0, \"pan\": 0}], \"truth\": {\"bpm\": "
            + bpm
            + ", \"key\": {\"tonic\": \"C\", \"mode\": \"major\"}, \"timeSignature\": \"4/4\","
            + " \"durationSeconds\": 3, \"beats\": [], \"downbeats\": [], \"sections\": [],"
            + " \"chords\": []}}";
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  /** Frames from the impulse to the loudest sample after it. */
  private static int echoDelayFrames(float[][] out) {
    int loudest = -1;
    for (int i = IMPULSE_AT + 1; i < out[0].length; i++) {
      if (loudest < 0 || Math.abs(out[0][i]) > Math.abs(out[0][loudest])) {
        loudest = i;
      }
    }
    return loudest - IMPULSE_AT;
  }

  private static double seconds(double bpm) {
    return 60 / bpm * BEATS;
  }

  @ParameterizedTest(name = "{0} bpm")
  @ValueSource(doubles = {90, 100, 137.5, 174})
  void aDelayInBeatsEchoesAtTheManifestsTempo(double bpm) throws IOException {
    Path manifest = manifest(click(), bpm);
    CliRun r =
        CliRun.run(
            "mix",
            manifest.toString(),
            "--chain",
            halfBeatDelay().toString(),
            "--preset",
            "none",
            "--bits",
            "32f",
            "-q");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    int frames = echoDelayFrames(Audio.read(r.stdoutBytes()));
    assertThat(Math.abs(frames - seconds(bpm) * RATE))
        .as("echo after %d frames", frames)
        .isLessThanOrEqualTo(0.5);
  }

  @Test
  void aWavWithoutManifestFallsBackTo120Bpm() throws IOException {
    CliRun r =
        CliRun.run(
            "mix",
            click().toString(),
            "--chain",
            halfBeatDelay().toString(),
            "--preset",
            "none",
            "--bits",
            "32f",
            "-q");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(echoDelayFrames(Audio.read(r.stdoutBytes()))).isEqualTo(RATE / 4);
  }

  @Test
  void thePrintedChainCarriesTheTempoSoItReplaysOnAWav() throws IOException {
    Path click = click();
    CliRun printed =
        CliRun.run(
            "mix",
            manifest(click, 100).toString(),
            "--chain",
            halfBeatDelay().toString(),
            "--preset",
            "none",
            "--print-chain");
    assertThat(printed.exitCode()).as(printed.stderr()).isZero();
    JsonNode delay = Json.mapper().readTree(printed.stdoutBytes()).get("processors").get(0);
    assertThat(delay.get("params").get("bpm").asDouble()).isEqualTo(100.0);

    Path chain = dir.resolve("printed.json");
    Files.write(chain, printed.stdoutBytes());
    CliRun replay =
        CliRun.run(
            "mix",
            click.toString(),
            "--chain",
            chain.toString(),
            "--preset",
            "none",
            "--bits",
            "32f",
            "-q");
    assertThat(replay.exitCode()).as(replay.stderr()).isZero();
    assertThat(echoDelayFrames(Audio.read(replay.stdoutBytes()))).isEqualTo(RATE * 3 / 10);
  }

  @Test
  void aManifestWhoseTempoIsNotPositiveIsBadInput() throws IOException {
    CliRun r = CliRun.run("mix", manifest(click(), 0).toString(), "--preset", "none");
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr()).contains("manifest.json").contains("truth.bpm");
  }
}
