package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cadenza reads what ffmpeg writes to a pipe, and ffmpeg and sox read what cadenza writes. */
class FfmpegInteropIT {

  @TempDir Path dir;

  @BeforeAll
  static void needsFfmpeg() {
    ExternalTools.require("ffmpeg");
  }

  @Test
  void analysesFfmpegOutputPipedThroughStdin() throws Exception {
    // ffmpeg cannot seek back into a pipe, so its WAV header carries placeholder sizes.
    ExternalTools.Result wav =
        ExternalTools.run(
            "ffmpeg",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=1000:sample_rate=48000:duration=2.5",
            "-ac",
            "2",
            "-c:a",
            "pcm_s24le",
            "-f",
            "wav",
            "-");
    assertThat(wav.exitCode()).as(wav.stderr()).isZero();
    ExternalTools.Result ours =
        ExternalTools.run(List.of(Launcher.path().toString(), "analyze", "-"), wav.stdout(), dir);
    assertThat(ours.exitCode()).as(ours.stderr()).isZero();
    JsonNode a = Json.mapper().readTree(ours.stdout());
    assertThat(a.at("/format/frames").asLong()).isEqualTo(120_000);
    assertThat(a.at("/format/bitsPerSample").asInt()).isEqualTo(24);
    // ffmpeg's sine source has amplitude 1/8, and its mono-to-stereo upmix scales by 1/sqrt(2):
    // peak 20·log10(0.125/sqrt(2)) = -21.07 dBFS, RMS 3.01 dB lower.
    double peak = 20 * Math.log10(0.125 / Math.sqrt(2));
    assertThat(a.at("/levels/samplePeakDbfs").asDouble()).isCloseTo(peak, within(0.01));
    assertThat(a.at("/levels/rmsDbfs").asDouble())
        .isCloseTo(peak - 10 * Math.log10(2), within(0.01));
  }

  @Test
  void ffmpegDecodesMuLawLikeCadenza() throws Exception {
    Path mulaw = dir.resolve("mulaw.wav");
    ExternalTools.Result made =
        ExternalTools.run(
            "ffmpeg",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:sample_rate=8000:duration=1",
            "-c:a",
            "pcm_mulaw",
            mulaw.toString());
    assertThat(made.exitCode()).as(made.stderr()).isZero();
    Path linear = dir.resolve("linear.wav");
    ExternalTools.Result decoded =
        ExternalTools.run(
            "ffmpeg",
            "-v",
            "error",
            "-i",
            mulaw.toString(),
            "-c:a",
            "pcm_s16le",
            linear.toString());
    assertThat(decoded.exitCode()).as(decoded.stderr()).isZero();
    JsonNode fromMuLaw = analyse(mulaw);
    JsonNode fromLinear = analyse(linear);
    assertThat(fromMuLaw.at("/format/encoding").asText()).isEqualTo("mu-law");
    assertThat(fromMuLaw.at("/levels/samplePeakDbfs").asDouble())
        .isEqualTo(fromLinear.at("/levels/samplePeakDbfs").asDouble());
    assertThat(fromMuLaw.at("/levels/rmsDbfs").asDouble())
        .isEqualTo(fromLinear.at("/levels/rmsDbfs").asDouble());
  }

  private JsonNode analyse(Path file) throws Exception {
    ExternalTools.Result run =
        ExternalTools.run(Launcher.path().toString(), "analyze", file.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return Json.mapper().readTree(run.stdout());
  }

  @Test
  void ffmpegReadsCadenzaRf64AndExtensibleFiles() throws Exception {
    // A 6-channel 24-bit file written by cadenza's writer, forced to RF64 with a tiny limit.
    Path file = dir.resolve("six.wav");
    WriterFixture.sixChannelRf64(file);
    assertThat(new String(Files.readAllBytes(file), 0, 4)).isEqualTo("RF64");
    ExternalTools.Result probe =
        ExternalTools.run(
            "ffprobe",
            "-v",
            "error",
            "-count_packets",
            "-show_entries",
            "stream=channels,sample_rate,bits_per_sample,duration_ts",
            "-of",
            "csv=p=0",
            file.toString());
    assertThat(probe.exitCode()).as(probe.stderr()).isZero();
    assertThat(probe.out().strip()).startsWith("48000,6,24");
    assertThat(probe.out().strip()).endsWith("," + WriterFixture.FRAMES);
  }
}
