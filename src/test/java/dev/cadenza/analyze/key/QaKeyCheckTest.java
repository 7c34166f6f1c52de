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
    wav = dir.resolve("d-minor.wav");
    write(
        wav,
        ProgressionRenderer.render(
            2, ProgressionRenderer.MINOR_PIECE, ProgressionRenderer.Timbre.SAW, 0, true, 7));
  }

  private static void write(Path file, float[] mono) throws Exception {
    AudioBlock block = new AudioBlock(1, mono.length);
    System.arraycopy(mono, 0, block.channel(0), 0, mono.length);
    block.setFrames(mono.length);
    try (WavWriter writer =
        WavWriter.create(
            file,
            ProgressionRenderer.RATE,
            ChannelLayout.defaultFor(1),
            WavEncoding.FLOAT_32,
            Dither.none())) {
      writer.write(block);
      writer.finish();
    }
  }

  /** The key check of {@code cadenza qa FILE --spec} for a spec asking this key. */
  private static JsonNode keyCheck(Path file, String tonic, String mode, double seconds)
      throws Exception {
    return keyCheck(file, tonic, mode, seconds, "");
  }

  /** The same, the spec also carrying {@code extra} fields (",\"keyChanges\":[…]"). */
  private static JsonNode keyCheck(
      Path file, String tonic, String mode, double seconds, String extra) throws Exception {
    Path spec =
        dir.resolve("spec-" + file.getFileName() + tonic + mode + extra.hashCode() + ".json");
    Files.writeString(
        spec,
        String.format(
            "{\"genre\":\"pop\",\"bpm\":100,\"energy\":0.5,\"seed\":1,\"durationSeconds\":%s,"
                + "\"key\":{\"tonic\":\"%s\",\"mode\":\"%s\"}%s}",
            seconds, tonic, mode, extra));
    CliRun run =
        CliRun.run("qa", file.toString(), "--spec", spec.toString(), "--tolerance", "duration=50%");
    JsonNode report = Json.mapper().readTree(run.stdoutBytes());
    for (JsonNode check : report.get("checks")) {
      if (check.get("name").asText().equals("key")) {
        assertThat(run.exitCode())
            .isEqualTo(report.get("passed").asBoolean() ? 0 : ExitCodes.QA_FAILED);
        return check;
      }
    }
    throw new AssertionError("no key check in " + run.stdout());
  }

  /**
   * The same major piece played in C and in G at once says C major and G major about equally:
   * whichever of them the spec asks, QA must not call it clear, and names the other as the
   * runner-up (the asked key's V or IV).
   */
  @ParameterizedTest(name = "spec {0} {1}")
  @CsvSource({"C, major, G major", "G, major, C major"})
  void keyOfTwoKeysAtOnceIsNotClear(String tonic, String mode, String other) throws Exception {
    float[] inC =
        ProgressionRenderer.render(
            0, ProgressionRenderer.MAJOR_PIECE, ProgressionRenderer.Timbre.SAW, 0, false, 3);
    float[] inG =
        ProgressionRenderer.render(
            7, ProgressionRenderer.MAJOR_PIECE, ProgressionRenderer.Timbre.SAW, 0, false, 4);
    float[] both = new float[Math.min(inC.length, inG.length)];
    for (int i = 0; i < both.length; i++) {
      both[i] = 0.5f * (inC[i] + inG[i]);
    }
    Path twoKeys = dir.resolve("c-and-g.wav");
    write(twoKeys, both);
    JsonNode key = keyCheck(twoKeys, tonic, mode, 9.0);
    assertThat(key.get("passed").asBoolean()).as(key.toString()).isFalse();
    if (key.get("measured").asText().equals(tonic + " " + mode)) {
      assertThat(key.get("margin").asDouble()).isLessThan(0.1);
      assertThat(key.get("runnerUp").asText()).isEqualTo(other);
      assertThat(key.get("detail").asText()).contains("not clear");
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
    double seconds = 9.0; // eight chords, the last held twice as long
    JsonNode key = keyCheck(wav, tonic, mode, seconds);
    assertThat(key.get("measured").asText()).isEqualTo("D minor");
    assertThat(key.get("passed").asBoolean()).isEqualTo(passes);
    // The margin over the asked key's best neighbour and that neighbour are reported either way.
    assertThat(key.get("margin").isNumber()).as(key.toString()).isTrue();
    assertThat(key.get("runnerUp").asText()).matches("[A-G][#b]? (major|minor)");
    if (passes) {
      assertThat(key.get("margin").asDouble()).isGreaterThanOrEqualTo(0.1);
    } else {
      assertThat(key.get("detail").asText()).contains(detail);
    }
  }

  /**
   * A spec whose key changes accepts a reading of any key the track plays: the D minor piece passes
   * for "C minor, then a whole step up" (to D minor) and for "D minor, then up a semitone", and
   * fails for "A minor, then up a semitone" (A minor, Bb minor), naming the keys.
   */
  @ParameterizedTest(name = "spec {0} {1} then {2} semitones: passes={3}")
  @CsvSource({"C, minor, 2, true", "D, minor, 1, true", "F, major, 1, true", "A, minor, 1, false"})
  void aTrackThatChangesKeyPassesOnAnyKeyItPlays(
      String tonic, String mode, int semitones, boolean passes) throws Exception {
    JsonNode key =
        keyCheck(wav, tonic, mode, 9.0, ",\"keyChanges\":[{\"semitones\":" + semitones + "}]");
    assertThat(key.get("measured").asText()).isEqualTo("D minor");
    assertThat(key.get("passed").asBoolean()).as(key.toString()).isEqualTo(passes);
    assertThat(key.get("expected").asText()).contains(", then ");
    if (!passes) {
      assertThat(key.get("detail").asText()).contains("A minor, then Bb minor");
    }
  }
}
