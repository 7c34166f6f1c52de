package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.ExitCodes;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.spec.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnalyzeCommandTest {

  @TempDir Path dir;

  /** A float WAV of one signal on every channel. */
  static byte[] wav(int rate, int channels, int frames, IntToDoubleFunction signal)
      throws IOException {
    AudioBlock block = new AudioBlock(channels, Math.max(1, frames));
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < frames; i++) {
        block.channel(c)[i] = (float) signal.applyAsDouble(i);
      }
    }
    block.setFrames(frames);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WavWriter writer =
        WavWriter.toStream(
            out,
            rate,
            ChannelLayout.defaultFor(channels),
            WavEncoding.FLOAT_32,
            Dither.none(),
            frames);
    writer.write(block);
    writer.finish();
    return out.toByteArray();
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return Json.mapper().readTree(run.stdoutBytes());
  }

  @Test
  void quarterRateSineHasKnownPeakRmsAndNoDc() throws Exception {
    // Samples 0, A, 0, -A: the peak is A and the RMS A/sqrt(2), exactly.
    double amplitude = 0.5;
    double[] cycle = {0, amplitude, 0, -amplitude};
    Path path = file("sine.wav", wav(48000, 2, 48000, i -> cycle[i % 4]));
    JsonNode a = json(CliRun.run("analyze", path.toString()));
    assertThat(a.at("/schema").asText()).isEqualTo("cadenza.analysis/1");
    assertThat(a.at("/format/frames").asLong()).isEqualTo(48000);
    assertThat(a.at("/format/durationSeconds").asDouble()).isEqualTo(1.0);
    assertThat(a.at("/format/channelNames").toString()).isEqualTo("[\"FL\",\"FR\"]");
    assertThat(a.at("/levels/samplePeakDbfs").asDouble())
        .isCloseTo(20 * Math.log10(amplitude), within(1e-9));
    assertThat(a.at("/levels/rmsDbfs").asDouble())
        .isCloseTo(20 * Math.log10(amplitude / Math.sqrt(2)), within(1e-6));
    assertThat(a.at("/levels/dcOffset").asDouble()).isCloseTo(0, within(1e-12));
    assertThat(a.at("/levels/clippedRuns").asLong()).isZero();
    assertThat(a.at("/levels/channels/1/samplePeakDbfs").asDouble())
        .isCloseTo(20 * Math.log10(amplitude), within(1e-9));
  }

  @Test
  void loudnessOfTech3341Case1AndCurvesOnRequest() throws Exception {
    // EBU Tech 3341 case 1: stereo 1 kHz sine at -23 dBFS per channel reads -23.0 +-0.1 LUFS.
    double amplitude = Math.pow(10, -23 / 20.0);
    Path path =
        file(
            "case1.wav",
            wav(48000, 2, 48000 * 20, i -> amplitude * Math.sin(2 * Math.PI * 1000 * i / 48000.0)));
    JsonNode plain = json(CliRun.run("analyze", path.toString()));
    assertThat(plain.at("/loudness/integratedLufs").asDouble()).isCloseTo(-23.0, within(0.1));
    assertThat(plain.at("/loudness/maxShortTermLufs").asDouble()).isCloseTo(-23.0, within(0.1));
    assertThat(plain.at("/loudness").has("momentary")).isFalse();

    JsonNode curves =
        json(CliRun.run("analyze", path.toString(), "--only", "loudness", "--curves"));
    assertThat(curves.has("levels")).isFalse();
    assertThat(curves.has("silence")).isFalse();
    assertThat(curves.at("/loudness/momentary/hopSeconds").asDouble()).isEqualTo(0.01);
    assertThat(curves.at("/loudness/momentary/firstEndSeconds").asDouble())
        .isCloseTo(0.4, within(1e-9));
    JsonNode values = curves.at("/loudness/momentary/lufs");
    // Windows ending at 0.40, 0.41, ... 20.00 s.
    assertThat(values.size()).isEqualTo(1961);
    assertThat(values.get(1000).asDouble()).isCloseTo(-23.0, within(0.1));

    JsonNode levelsOnly = json(CliRun.run("analyze", path.toString(), "--only", "levels"));
    assertThat(levelsOnly.has("loudness")).isFalse();
    assertThat(levelsOnly.at("/levels/samplePeakDbfs").asDouble()).isCloseTo(-23.0, within(0.01));
  }

  @Test
  void unknownSectionIsAUsageError() throws Exception {
    Path path = file("s.wav", wav(8000, 1, 800, i -> 0.1));
    CliRun run = CliRun.run("analyze", path.toString(), "--only", "tempi");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("tempi").contains("loudness");
  }

  @Test
  void dcOffsetIsTheMean() throws Exception {
    Path path = file("dc.wav", wav(44100, 1, 4410, i -> 0.1 + (i % 2 == 0 ? 0.2 : -0.2)));
    JsonNode a = json(CliRun.run("analyze", path.toString()));
    assertThat(a.at("/levels/dcOffset").asDouble()).isCloseTo(0.1, within(1e-7));
  }

  @Test
  void digitalSilenceHasNullLevelsAndIsAllSilence() throws Exception {
    Path path = file("silence.wav", wav(8000, 1, 8000, i -> 0));
    CliRun run = CliRun.run("analyze", path.toString());
    JsonNode a = json(run);
    assertThat(a.at("/levels/samplePeakDbfs").isNull()).isTrue();
    assertThat(a.at("/levels/rmsDbfs").isNull()).isTrue();
    assertThat(a.at("/silence/leadingSeconds").asDouble()).isEqualTo(1.0);
    assertThat(run.stdout()).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void leadingAndTrailingSilenceAreMeasured() throws Exception {
    // 0.5 s of silence, 1 s of tone, 0.25 s of silence at 8 kHz.
    Path path =
        file(
            "gaps.wav",
            wav(8000, 2, 14000, i -> i >= 4000 && i < 12000 ? 0.5 * Math.sin(i * 0.3) : 0));
    JsonNode a = json(CliRun.run("analyze", path.toString()));
    assertThat(a.at("/silence/leadingSeconds").asDouble()).isCloseTo(0.5, within(2.0 / 8000));
    assertThat(a.at("/silence/trailingSeconds").asDouble()).isCloseTo(0.25, within(2.0 / 8000));
  }

  @Test
  void clippedRunsAreCountedPerChannel() throws Exception {
    // A square wave at full scale: every half period is a flat run of 50 samples at +-1.
    Path path = file("square.wav", wav(48000, 1, 1000, i -> (i / 50) % 2 == 0 ? 1.0 : -1.0));
    JsonNode a = json(CliRun.run("analyze", path.toString()));
    assertThat(a.at("/levels/clippedRuns").asLong()).isEqualTo(20);
    assertThat(a.at("/levels/clippedSamples").asLong()).isEqualTo(1000);
    assertThat(a.at("/levels/samplePeakDbfs").asDouble()).isEqualTo(0.0);
  }

  @Test
  void readsStandardInputWithUnknownSizes() throws Exception {
    byte[] bytes = wav(44100, 2, 44100, i -> 0.25 * Math.sin(i * 0.05));
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -1); // RIFF size
    int dataAt = indexOf(bytes, "data");
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(dataAt + 4, -1);
    CliRun run = CliRun.withInput(bytes, "analyze", "-");
    JsonNode a = json(run);
    assertThat(a.at("/format/frames").asLong()).isEqualTo(44100);
    assertThat(a.at("/file").asText()).isEqualTo("-");
    CliRun implicit = CliRun.withInput(bytes, "analyze");
    assertThat(implicit.stdout()).isEqualTo(run.stdout());
  }

  @Test
  void writesToOutputFileAtomicallyWhenAsked() throws Exception {
    Path path = file("a.wav", wav(8000, 1, 800, i -> 0.1));
    Path out = dir.resolve("a.json");
    CliRun run = CliRun.run("analyze", path.toString(), "-o", out.toString(), "--pretty");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdoutBytes()).isEmpty();
    assertThat(Json.mapper().readTree(out.toFile()).at("/format/frames").asLong()).isEqualTo(800);
  }

  @Test
  void truncatedFileWarnsOnStderrAndStillAnalyses() throws Exception {
    byte[] bytes = wav(8000, 1, 1000, i -> 0.1);
    Path path = file("cut.wav", java.util.Arrays.copyOf(bytes, bytes.length - 400));
    CliRun run = CliRun.run("analyze", path.toString());
    JsonNode a = json(run);
    assertThat(a.at("/format/frames").asLong()).isEqualTo(900);
    assertThat(run.stderr()).contains("cut.wav: warning: file is truncated");
    assertThat(a.at("/warnings/0").asText()).contains("truncated");
    assertThat(CliRun.run("analyze", "--quiet", path.toString()).stderr()).isEmpty();
  }

  static Stream<Arguments> badFiles() throws IOException {
    byte[] good = wav(8000, 2, 10, i -> 0.1);
    return Stream.of(
        Arguments.of("empty", new byte[0], "empty file"),
        Arguments.of("truncated header", new byte[] {'R', 'I', 'F', 'F', 0}, "header truncated"),
        Arguments.of("not RIFF", "hello, world\n".getBytes(), "not a WAV file"),
        Arguments.of("RIFF AVI", riff("AVI "), "not WAVE"),
        Arguments.of("FLAC", "fLaC\0\0\0\"".getBytes(), "FLAC"),
        Arguments.of("MP3", new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0}, "MP3"),
        Arguments.of("no data", cut(good, "data"), "no data chunk"),
        Arguments.of("rate 0", patch(good, "fmt ", 12, 4, 0), "sample rate is 0"),
        Arguments.of("channels 0", patch(good, "fmt ", 10, 2, 0), "0 channels"),
        Arguments.of("block align", patch(good, "fmt ", 20, 2, 5), "block align 5"),
        Arguments.of("ADPCM", patch(good, "fmt ", 8, 2, 2), "ADPCM"),
        Arguments.of("header only", headerOnly(good), "no audio"),
        Arguments.of("NaN", patchFloat(good, Float.NaN), "non-finite sample"),
        Arguments.of("infinity", patchFloat(good, Float.NEGATIVE_INFINITY), "non-finite sample"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badInputIsOneLineExit65NamingTheFile(String label, byte[] bytes, String problem)
      throws IOException {
    Path path = file("bad.wav", bytes);
    CliRun run = CliRun.run("analyze", path.toString());
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.stdoutBytes()).isEmpty();
    assertThat(run.stderr().lines()).hasSize(1);
    assertThat(run.stderr()).startsWith("cadenza analyze: " + path + ": ").contains(problem);
    CliRun piped = CliRun.withInput(bytes, "analyze", "-");
    assertThat(piped.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(piped.stderr()).startsWith("cadenza analyze: stdin: ").contains(problem);
  }

  @Test
  void debugAddsTheStackTrace() throws IOException {
    Path path = file("bad.wav", "nope".getBytes());
    CliRun run = CliRun.run("analyze", "--debug", path.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.stderr()).contains("at dev.cadenza.");
  }

  @Test
  void missingFileIsExit66() {
    CliRun run = CliRun.run("analyze", dir.resolve("nowhere.wav").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
    assertThat(run.stderr().lines()).hasSize(1);
    assertThat(run.stderr()).contains("nowhere.wav: no such file");
    assertThat(CliRun.run("analyze", dir.toString()).exitCode()).isEqualTo(ExitCodes.NO_INPUT);
  }

  @Test
  void unwritableOutputIsExit74AndLeavesNoFile() throws IOException {
    Path path = file("a.wav", wav(8000, 1, 80, i -> 0.1));
    CliRun run =
        CliRun.run("analyze", path.toString(), "-o", dir.resolve("no/such/dir/a.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(run.stderr().lines()).hasSize(1);
  }

  @Test
  void badOptionIsUsageError() {
    CliRun run = CliRun.run("analyze", "--no-such-option");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).startsWith("cadenza analyze: ").contains("--no-such-option");
  }

  // --- helpers that damage a good file in one precise way ---

  private static byte[] riff(String form) {
    ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(4).put(form.getBytes());
    return b.array();
  }

  static int indexOf(byte[] bytes, String id) {
    outer:
    for (int i = 12; i + 4 <= bytes.length; i++) {
      for (int k = 0; k < 4; k++) {
        if (bytes[i + k] != id.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException(id);
  }

  private static byte[] cut(byte[] bytes, String id) {
    return java.util.Arrays.copyOf(bytes, indexOf(bytes, id));
  }

  private static byte[] headerOnly(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, indexOf(bytes, "data") + 8);
  }

  private static byte[] patch(byte[] bytes, String id, int offset, int width, int value) {
    byte[] copy = bytes.clone();
    ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
    int at = indexOf(copy, id) + offset;
    if (width == 2) {
      b.putShort(at, (short) value);
    } else {
      b.putInt(at, value);
    }
    return copy;
  }

  private static byte[] patchFloat(byte[] bytes, float value) {
    byte[] copy = bytes.clone();
    ByteBuffer.wrap(copy)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putFloat(indexOf(copy, "data") + 20, value);
    return copy;
  }
}
