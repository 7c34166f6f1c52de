package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.dsp.Audio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MixCommandTest {
  private static final int RATE = 44_100;

  @TempDir Path dir;

  private static double integrated(float[][] x, int rate) {
    LoudnessMeter meter = new LoudnessMeter(AudioFormat.floatFormat(rate, x.length), false);
    meter.accept(block(x));
    return meter.integratedLufs();
  }

  private static dev.cadenza.audio.AudioBlock block(float[][] x) {
    dev.cadenza.audio.AudioBlock b = new dev.cadenza.audio.AudioBlock(x.length, x[0].length);
    for (int c = 0; c < x.length; c++) {
      System.arraycopy(x[c], 0, b.channel(c), 0, x[0].length);
    }
    b.setFrames(x[0].length);
    return b;
  }

  private Path wav(String name, float[][] samples, int rate) {
    Path file = dir.resolve(name);
    Audio.write(file, samples, rate);
    return file;
  }

  private Path music() {
    float[][] drums = Audio.drums(2, RATE * 8, RATE, 120, 0.5, 11);
    float[][] tone = Audio.sine(2, RATE * 8, RATE, 220, 0.05, 0);
    return wav("music.wav", Audio.sum(drums, tone), RATE);
  }

  static Stream<Arguments> presets() {
    return Stream.of(
        Arguments.of("streaming", -14.0, -1.0),
        Arguments.of("club", -8.0, -0.3),
        Arguments.of("broadcast", -23.0, -1.0),
        Arguments.of("podcast", -16.0, -1.0));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void mastersOneWavToThePresetTarget(String preset, double lufs, double ceiling) {
    CliRun r = CliRun.run("mix", music().toString(), "--preset", preset, "--bits", "32f");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    float[][] out = Audio.read(r.stdoutBytes());
    assertThat(out[0]).hasSize(RATE * 8);
    assertThat(integrated(out, RATE)).isCloseTo(lufs, within(0.1));
    assertThat(Audio.truePeakDb(out, RATE)).isLessThanOrEqualTo(ceiling);
    assertThat(r.stderr())
        .contains(preset)
        .contains("LUFS")
        .containsPattern("loudness range [0-9.]+ LU");
  }

  @Test
  void presetNoneSumsWavsExactly() {
    float[][] a = Audio.sine(2, RATE * 2, RATE, 440, 0.25, 0);
    float[][] b = Audio.noise(2, RATE * 2, 0.1, 5);
    CliRun r =
        CliRun.run(
            "mix",
            wav("a.wav", a, RATE).toString(),
            wav("b.wav", b, RATE).toString(),
            "--preset",
            "none",
            "--bits",
            "32f");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    float[][] out = Audio.read(r.stdoutBytes());
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < a[0].length; i++) {
        assertThat(out[c][i]).isEqualTo(a[c][i] + b[c][i]);
      }
    }
  }

  @Test
  void monoJoinsAStereoMixOnBothSidesAndShorterInputsEndInSilence() {
    float[][] mono = Audio.sine(1, RATE, RATE, 300, 0.2, 0);
    float[][] stereo = Audio.sine(2, RATE * 2, RATE, 500, 0.1, 0);
    CliRun r =
        CliRun.run(
            "mix",
            wav("mono.wav", mono, RATE).toString(),
            wav("stereo.wav", stereo, RATE).toString(),
            "--preset",
            "none",
            "--bits",
            "32f");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    float[][] out = Audio.read(r.stdoutBytes());
    assertThat(out).hasDimensions(2, RATE * 2);
    assertThat(out[0][1000]).isEqualTo(mono[0][1000] + stereo[0][1000]);
    assertThat(out[1][1000]).isEqualTo(mono[0][1000] + stereo[1][1000]);
    assertThat(out[0][RATE + 1000]).isEqualTo(stereo[0][RATE + 1000]);
  }

  private Path manifest(String stemsJson) throws IOException {
    Path m = dir.resolve("manifest.json");
    Files.writeString(
        m,
        "{\"schema\":\"cadenza.manifest/1\",\"seed\":7,\"stems\":["
            + stemsJson
            + "],\"midi\":\"x.mid\"}",
        StandardCharsets.UTF_8);
    return m;
  }

  @Test
  void manifestGainsAndPansAreApplied() throws IOException {
    float[][] tone = Audio.sine(2, RATE, RATE, 1000, 0.5, 0);
    wav("lead.wav", tone, RATE);
    // Relative to the manifest's folder, since the tests do not run there.
    Path m =
        manifest(
            "{\"name\":\"lead\",\"file\":\"out/lead.wav\",\"role\":\"unknown\",\"gainDb\":-6.0206,\"pan\":-1}");
    CliRun r = CliRun.run("mix", m.toString(), "--preset", "none", "--bits", "32f");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    float[][] out = Audio.read(r.stdoutBytes());
    for (int i = 0; i < RATE; i += 97) {
      assertThat(out[0][i]).isCloseTo(tone[0][i] / 2, within(1e-6f));
      assertThat(out[1][i]).isZero();
    }
  }

  @Test
  void manifestOnStdinMixesTheStemsItNames() throws IOException {
    Path drums = wav("drums.wav", Audio.drums(2, RATE * 6, RATE, 100, 0.6, 3), RATE);
    Path bass = wav("bass.wav", Audio.sine(2, RATE * 6, RATE, 55, 0.3, 0), RATE);
    String json =
        "{\"schema\":\"cadenza.manifest/1\",\"seed\":3,\"stems\":["
            + "{\"name\":\"drums\",\"file\":\""
            + drums
            + "\",\"role\":\"drums\",\"gainDb\":-3,\"pan\":0},"
            + "{\"name\":\"bass\",\"file\":\""
            + bass
            + "\",\"role\":\"bass\",\"gainDb\":-4,\"pan\":0}],\"midi\":\"x.mid\"}";
    CliRun r = CliRun.withInput(json.getBytes(StandardCharsets.UTF_8), "mix", "-");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    float[][] out = Audio.read(r.stdoutBytes());
    assertThat(integrated(out, RATE)).isCloseTo(-14, within(0.1));
    assertThat(Audio.truePeakDb(out, RATE)).isLessThanOrEqualTo(-1);
  }

  @Test
  void wavOnStdinMastersLikeTheSameFile() throws IOException {
    Path file = music();
    CliRun fromFile = CliRun.run("mix", file.toString(), "--seed", "1");
    CliRun fromStdin = CliRun.withInput(Files.readAllBytes(file), "mix", "--seed", "1");
    assertThat(fromStdin.exitCode()).as(fromStdin.stderr()).isZero();
    assertThat(fromStdin.stdoutBytes()).isEqualTo(fromFile.stdoutBytes());
  }

  @Test
  void printedChainReproducesTheMasterBitForBit() throws IOException {
    Path file = music();
    Path master = dir.resolve("master.wav");
    Path again = dir.resolve("again.wav");
    CliRun direct = CliRun.run("mix", file.toString(), "--preset", "club", "-o", master.toString());
    assertThat(direct.exitCode()).as(direct.stderr()).isZero();
    CliRun printed = CliRun.run("mix", file.toString(), "--preset", "club", "--print-chain");
    assertThat(printed.exitCode()).as(printed.stderr()).isZero();
    String chain = new String(printed.stdoutBytes(), StandardCharsets.UTF_8);
    assertThat(chain).contains("cadenza.chain/1").contains("\"ceilingDbtp\":-0.3");
    Path chainFile = dir.resolve("chain.json");
    Files.writeString(chainFile, chain);
    CliRun rerun =
        CliRun.run(
            "mix",
            file.toString(),
            "--chain",
            chainFile.toString(),
            "--preset",
            "none",
            "-o",
            again.toString());
    assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(master));
  }

  @Test
  void chainWithATargetIsMasteredToIt() throws IOException {
    Path chain = dir.resolve("chain.json");
    Files.writeString(
        chain,
        "{\"targetLufs\": -18, \"truePeakDbtp\": -2, \"processors\": ["
            + "{\"type\": \"peaking\", \"params\": {\"frequency\": 3000, \"gainDb\": 3}}]}");
    CliRun r = CliRun.run("mix", music().toString(), "--chain", chain.toString(), "--bits", "32f");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    float[][] out = Audio.read(r.stdoutBytes());
    assertThat(integrated(out, RATE)).isCloseTo(-18, within(0.1));
    assertThat(Audio.truePeakDb(out, RATE)).isLessThanOrEqualTo(-2);
  }

  @Test
  void unreachableTargetIsReportedNotCrushed() {
    // Sparse clicks: loud integrated loudness needs far more limiting than allowed.
    float[][] clicks = new float[2][RATE * 6];
    for (int i = 0; i < clicks[0].length; i += RATE / 2) {
      clicks[0][i] = clicks[1][i] = 0.5f;
    }
    CliRun r =
        CliRun.run(
            "mix",
            wav("clicks.wav", clicks, RATE).toString(),
            "--preset",
            "club",
            "--max-limiting",
            "3");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr()).contains("warning").contains("limiting");
  }

  @Test
  void outputFileIsWrittenAtomicallyAndStdoutStaysEmpty() {
    Path out = dir.resolve("out.wav");
    CliRun r = CliRun.run("mix", music().toString(), "-o", out.toString(), "-q");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdoutBytes()).isEmpty();
    assertThat(r.stderr()).isEmpty();
    assertThat(Audio.read(out)[0]).hasSize(RATE * 8);
  }

  @Test
  void differentSampleRatesAreAnErrorNamingTheFile() {
    Path a = wav("a.wav", Audio.sine(2, RATE, RATE, 440, 0.2, 0), RATE);
    Path b = wav("b48.wav", Audio.sine(2, 48_000, 48_000, 440, 0.2, 0), 48_000);
    CliRun r = CliRun.run("mix", a.toString(), b.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).contains("b48.wav").contains("48000").contains("44100");
    assertThat(r.stdoutBytes()).isEmpty();
  }

  @Test
  void incompatibleChannelCountsAreAnError() {
    Path a = wav("a.wav", Audio.sine(2, RATE, RATE, 440, 0.2, 0), RATE);
    Path b = wav("six.wav", Audio.sine(6, RATE, RATE, 440, 0.2, 0), RATE);
    CliRun r = CliRun.run("mix", a.toString(), b.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).contains("channels");
  }

  @Test
  void missingStemIsExit66NamingIt() throws IOException {
    Path m =
        manifest(
            "{\"name\":\"gone\",\"file\":\"nowhere/gone.wav\",\"role\":\"lead\",\"gainDb\":0,\"pan\":0}");
    CliRun r = CliRun.run("mix", m.toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).contains("gone.wav");
  }

  @Test
  void directoryAsInputIsExit66() {
    CliRun r = CliRun.run("mix", dir.toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).contains("directory");
  }

  @Test
  void badChainNamesTheFileAndStage() throws IOException {
    Path chain = dir.resolve("bad-chain.json");
    Files.writeString(chain, "{\"processors\": [{\"type\": \"fuzz\"}]}");
    CliRun r = CliRun.run("mix", music().toString(), "--chain", chain.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).contains("bad-chain.json").contains("processors[0]");
  }

  @Test
  void usageErrorsExit2() {
    assertThat(CliRun.run("mix", "x.wav", "--preset", "loud").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("mix", "-", "-").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("mix", "x.wav", "--bits", "12").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("mix", "x.wav", "--target-lufs", "5").exitCode()).isEqualTo(2);
  }

  @Test
  void unwritableOutputIsExit74AndLeavesNothing() {
    Path out = dir.resolve("no-such-folder").resolve("out.wav");
    CliRun r = CliRun.run("mix", music().toString(), "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(74);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(Files.exists(out.getParent())).isFalse();
  }

  @Test
  void silentInputCannotBeMasteredToATarget() {
    Path silent = wav("silent.wav", new float[2][RATE * 2], RATE);
    CliRun r = CliRun.run("mix", silent.toString());
    assertThat(r.exitCode()).isEqualTo(65);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).contains("silent.wav");
    assertThat(CliRun.run("mix", silent.toString(), "--preset", "none").exitCode()).isZero();
  }
}
