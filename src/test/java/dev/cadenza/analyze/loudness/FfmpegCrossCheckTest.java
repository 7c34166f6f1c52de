package dev.cadenza.analyze.loudness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cadenza.spec.LoudnessResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An independent implementation as a cross-check: ffmpeg's ebur128 filter (libavfilter) on the same
 * audio. Its summary prints one decimal, so the tolerances are its rounding (0.05) plus: 0.1 LU for
 * I; 0.3 LU for LRA (ffmpeg bins short-term values in a 0.1 LU histogram); 0.2 dB for true peak
 * (ffmpeg oversamples to 192 kHz with its resampler's own filter). Skipped without ffmpeg.
 */
class FfmpegCrossCheckTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 20261125})
  void agreesWithFfmpegOnNoiseOfChangingLevel(long seed) throws Exception {
    assumeTrue(ffmpegAvailable(), "ffmpeg is not installed");
    int rate = 44_100;
    SplittableRandom random = new SplittableRandom(seed);
    float[][] audio = new float[2][rate * 30];
    // The level swings smoothly over +-8 dB with a 15 s period, so the short-term loudness has a
    // continuous distribution and its percentiles do not hinge on one value.
    double phase = random.nextDouble() * 2 * Math.PI;
    for (int i = 0; i < audio[0].length; i++) {
      double db = -22 + 8 * Math.sin(2 * Math.PI * i / (15.0 * rate) + phase);
      double gain = Math.pow(10, db / 20);
      audio[0][i] = (float) (gain * (random.nextDouble() * 2 - 1));
      audio[1][i] = (float) (0.7 * audio[0][i] + 0.3 * gain * (random.nextDouble() * 2 - 1));
    }
    Path wav = dir.resolve("noise-" + seed + ".wav");
    FloatWav.write(wav, audio, rate);
    String summary = ffmpegSummary(wav);
    LoudnessResult r = Signals.analyze(audio, rate, false);

    assertThat(r.integratedLufs())
        .as("seed %d, ffmpeg said:%n%s", seed, summary)
        .isCloseTo(value(summary, "I:\\s+(-?[0-9.]+) LUFS"), within(0.15));
    assertThat(r.loudnessRangeLu())
        .as("seed %d, ffmpeg said:%n%s", seed, summary)
        .isCloseTo(value(summary, "LRA:\\s+(-?[0-9.]+) LU"), within(0.35));
    assertThat(r.truePeakDbtp())
        .as("seed %d, ffmpeg said:%n%s", seed, summary)
        .isCloseTo(value(summary, "Peak:\\s+(-?[0-9.]+) dBFS"), within(0.25));
  }

  private static boolean ffmpegAvailable() {
    try {
      Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String ffmpegSummary(Path wav) throws Exception {
    Process p =
        new ProcessBuilder(
                "ffmpeg",
                "-nostdin",
                "-hide_banner",
                "-nostats",
                "-i",
                wav.toString(),
                "-af",
                "ebur128=peak=true",
                "-f",
                "null",
                "-")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    int summary = out.lastIndexOf("Summary:");
    assertThat(summary).as(out).isNotNegative();
    return out.substring(summary);
  }

  private static double value(String summary, String regex) {
    Matcher m = Pattern.compile(regex).matcher(summary);
    assertThat(m.find()).as("%s in%n%s", regex, summary).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
