package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sample peak and RMS agree with {@code sox FILE -n stats} within 0.01 dB on files that sox itself
 * synthesised, across bit depths, encodings, channel counts and sample rates.
 */
class SoxStatsCrossCheckIT {

  @TempDir static Path dir;

  @BeforeAll
  static void needsSox() {
    ExternalTools.require("sox");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "16-bit stereo 44.1k  | -r 44100 -c 2 -b 16 -e signed-integer | synth 3 sine 440 sine 660 vol 0.7",
        "24-bit stereo 48k    | -r 48000 -c 2 -b 24 -e signed-integer | synth 3 pinknoise vol 0.5",
        "32-bit stereo 96k    | -r 96000 -c 2 -b 32 -e signed-integer | synth 2 sine 1000 square 50 vol 0.3",
        "float stereo 48k     | -r 48000 -c 2 -b 32 -e floating-point | synth 3 sine 100 whitenoise vol 0.4",
        "16-bit mono 44.1k    | -r 44100 -c 1 -b 16 -e signed-integer | synth 2 sawtooth 220 vol 0.9",
        "24-bit 6-channel 48k | -r 48000 -c 6 -b 24 -e signed-integer | synth 2 sine 100 sine 200 sine 300 sine 400 brownnoise sine 600 vol 0.5",
        "16-bit mono 8k       | -r 8000 -c 1 -b 16 -e signed-integer | synth 4 sine 300 vol 0.25",
        "24-bit stereo 192k   | -r 192000 -c 2 -b 24 -e signed-integer | synth 1 sine 5000 tpdfnoise vol 0.8",
        "8-bit mono 22.05k    | -r 22050 -c 1 -b 8 -e unsigned-integer | synth 2 sine 440 vol 0.6",
      })
  void peakAndRmsMatchSoxStats(String label, String format, String effect) throws Exception {
    Path file = dir.resolve(label.replaceAll("[^a-z0-9]+", "_") + ".wav");
    List<String> make = new ArrayList<>(List.of("sox", "-n"));
    make.addAll(List.of(format.trim().split("\\s+")));
    make.add(file.toString());
    make.addAll(List.of(effect.trim().split("\\s+")));
    ExternalTools.Result made = ExternalTools.run(make, new byte[0], null);
    assertThat(made.exitCode()).as(made.stderr()).isZero();

    ExternalTools.Result stats = ExternalTools.run("sox", file.toString(), "-n", "stats");
    double soxPeak = overall(stats.stderr(), "Pk lev dB");
    double soxRms = overall(stats.stderr(), "RMS lev dB");

    ExternalTools.Result ours =
        ExternalTools.run(
            List.of(Launcher.path().toString(), "analyze", file.toString()), new byte[0], null);
    assertThat(ours.exitCode()).as(ours.stderr()).isZero();
    JsonNode analysis = Json.mapper().readTree(ours.stdout());
    assertThat(analysis.at("/levels/samplePeakDbfs").asDouble()).isCloseTo(soxPeak, within(0.01));
    assertThat(analysis.at("/levels/rmsDbfs").asDouble()).isCloseTo(soxRms, within(0.01));
    System.out.printf(
        "%-22s sox peak %7.2f rms %7.2f | cadenza peak %9.4f rms %9.4f%n",
        label.trim(),
        soxPeak,
        soxRms,
        analysis.at("/levels/samplePeakDbfs").asDouble(),
        analysis.at("/levels/rmsDbfs").asDouble());
  }

  /** The first (Overall, or only) column of a sox stats row. */
  private static double overall(String stats, String row) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(row) + "\\s+(-?[0-9.]+)").matcher(stats);
    assertThat(m.find()).as("sox stats row %s in:%n%s", row, stats).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
