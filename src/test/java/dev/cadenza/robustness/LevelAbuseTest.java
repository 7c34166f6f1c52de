package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.ExitCodes;
import dev.cadenza.cli.CliRun;
import dev.cadenza.dsp.Audio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Levels and rates no audio has: absurd gains, chains whose output overflows, loudness targets out
 * of range in a chain file, sample rates under which loudness means nothing. Each is refused with
 * exit 65 naming the file and the value, and nothing is written.
 */
class LevelAbuseTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private CliRun mixWithChain(String chainJson) throws Exception {
    Path wav = Abuse.tone(dir, "a.wav");
    Path chain = file("chain.json", chainJson);
    return CliRun.run(
        "mix",
        wav.toString(),
        "--chain",
        chain.toString(),
        "-o",
        dir.resolve("out.wav").toString());
  }

  @Test
  void aChainGainOfAMillionDecibelsIsRefusedNamingTheStageAndTheValue() throws Exception {
    CliRun run =
        mixWithChain(
            "{\"schema\":\"cadenza.chain/1\",\"processors\":"
                + "[{\"type\":\"gain\",\"params\":{\"db\":1e6}}]}");
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Abuse.oneLine(run, "mix"))
        .contains("chain.json: processors[0].params.db: 1000000.0 dB is outside -120..120 dB");
    assertThat(dir.resolve("out.wav")).doesNotExist();
  }

  @Test
  void aManifestStemGainOfAMillionDecibelsIsRefusedNamingTheStem() throws Exception {
    Abuse.tone(dir, "lead.wav");
    Path manifest =
        file(
            "manifest.json",
            "{\"schema\":\"cadenza.manifest/1\",\"seed\":1,\"stems\":[{\"name\":\"lead\","
                + "\"file\":\"lead.wav\",\"role\":\"lead\",\"gainDb\":1e6,\"pan\":0}],"
                + "\"midi\":\"arrangement.mid\"}");
    CliRun run = CliRun.run("mix", manifest.toString(), "-o", dir.resolve("out.wav").toString());
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Abuse.oneLine(run, "mix"))
        .contains("manifest.json: stems[0] (lead): gainDb 1000000.0 is outside -120..120 dB");
    assertThat(dir.resolve("out.wav")).doesNotExist();
  }

  @Test
  void aChainWhoseOutputOverflowsNamesTheChainAndNothingIsWritten() throws Exception {
    // Each stage is allowed (+120 dB), but 70 of them make 8400 dB: past what a float holds.
    String stage = "{\"type\":\"gain\",\"params\":{\"db\":120}}";
    String chain =
        "{\"schema\":\"cadenza.chain/1\",\"processors\":["
            + String.join(",", Collections.nCopies(70, stage))
            + "]}";
    CliRun run = mixWithChain(chain);
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Abuse.oneLine(run, "mix"))
        .contains("chain.json: the chain's output is not finite (NaN or infinity) at 0.000 s");
    assertThat(dir.resolve("out.wav")).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.wav", "chain.json");
    }
  }

  @Test
  void aChainFilesTargetOutOfRangeIsBadDataNamingTheFile() throws Exception {
    CliRun run =
        mixWithChain(
            "{\"schema\":\"cadenza.chain/1\",\"targetLufs\":50,\"truePeakDbtp\":-1,"
                + "\"processors\":[{\"type\":\"limiter\",\"params\":{\"lookaheadMs\":3}}]}");
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Abuse.oneLine(run, "mix"))
        .contains("chain.json: target loudness must be in -70..0 LUFS: 50.0");
    assertThat(dir.resolve("out.wav")).doesNotExist();
  }

  @Test
  void theSameTargetAsAnOptionIsStillAUsageError() throws Exception {
    Path wav = Abuse.tone(dir, "a.wav");
    CliRun run =
        CliRun.run(
            "mix", wav.toString(), "--target-lufs", "50", "-o", dir.resolve("o.wav").toString());
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.USAGE);
    assertThat(dir.resolve("o.wav")).doesNotExist();
  }

  @Test
  void aFileBelowTheLowestAudioRateIsRefusedNotMeasuredAt35Lufs() throws Exception {
    // A 1 Hz file and a 100 Hz one: K-weighting's 1682 Hz shelf lies past their Nyquist
    // frequency (before: +35 LUFS, and an unstable filter reported as a non-finite sample).
    for (int rate : new int[] {1, 100, 7999}) {
      Path wav = dir.resolve("rate" + rate + ".wav");
      Audio.write(wav, Audio.sine(1, Math.max(rate * 10, 10), rate, rate / 8.0, 0.5, 0), rate);
      Path out = dir.resolve("rate" + rate + ".json");
      CliRun run = CliRun.run("analyze", wav.toString(), "-o", out.toString());
      assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(Abuse.oneLine(run, "analyze"))
          .contains(
              "rate" + rate + ".wav: sample rate " + rate + " Hz is below the supported 8 kHz");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void eightKilohertzIsStillMeasured() throws Exception {
    // Telephony's rate keeps the shelf under Nyquist. A full-scale 1 kHz sine on one channel
    // reads -3.01 LUFS (BS.1770's calibration); this one is 12.04 dB lower: -15.05 LUFS.
    Path wav = dir.resolve("tel.wav");
    Audio.write(wav, Audio.sine(1, 8000 * 5, 8000, 1000, 0.25, 0), 8000);
    CliRun run = CliRun.run("analyze", wav.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    String json = new String(run.stdoutBytes(), StandardCharsets.UTF_8);
    double lufs =
        Double.parseDouble(json.replaceFirst(".*\"integratedLufs\":([-0-9.Ee]+).*", "$1").trim());
    assertThat(lufs).isBetween(-16.0, -14.0);
  }
}
