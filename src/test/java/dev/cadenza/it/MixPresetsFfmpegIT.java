package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cadenza.analyze.loudness.LoudnessMeter;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.cli.CliRun;
import dev.cadenza.dsp.Audio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every preset lands on its integrated loudness within ±0.1 LU and under its true-peak ceiling,
 * over more than twenty different inputs — generated tracks (manifests of stems) and synthetic
 * signals, quiet and hot — as measured by ffmpeg's {@code ebur128=peak=true} (its metadata, which
 * carries three decimals) and by the project's own meter. The masters are the 24-bit dithered files
 * {@code cadenza mix} writes by default.
 */
class MixPresetsFfmpegIT {
  private static final double[][] PRESETS = {{-14, -1}, {-8, -0.3}, {-23, -1}, {-16, -1}};
  private static final String[] NAMES = {"streaming", "club", "broadcast", "podcast"};

  @TempDir static Path dir;

  private static final AtomicInteger[] LANDED = {
    new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()
  };

  private static final List<Path> INPUTS = new ArrayList<>();

  @BeforeAll
  static void inputs() throws IOException {
    ExternalTools.require("ffmpeg");
    String[] prompts = {
      "drum and bass at 174 bpm in F minor, 12 seconds",
      "house at 124 bpm in A minor, 12 seconds",
      "lofi hip hop at 80 bpm in Eb major, 12 seconds",
      "trap at 140 bpm in G minor, 12 seconds",
    };
    for (int i = 0; i < prompts.length; i++) {
      CliRun spec = CliRun.run("parse", prompts[i]);
      assertThat(spec.exitCode()).as(spec.stderr()).isZero();
      Path stems = dir.resolve("stems" + i);
      CliRun manifest =
          CliRun.withInput(spec.stdoutBytes(), "generate", "-", "-o", stems.toString());
      assertThat(manifest.exitCode()).as(manifest.stderr()).isZero();
      Path file = dir.resolve("manifest" + i + ".json");
      Files.write(file, manifest.stdoutBytes());
      INPUTS.add(file);
    }
    int r = 44_100;
    int n = 8 * r;
    add("sine-1k-quiet", Audio.sine(2, n, r, 1000, 0.1, 0), r);
    add("sine-60-hot", Audio.sine(2, n, r, 60, 0.9, 0), r);
    add("sine-5k-very-quiet", Audio.sine(2, n, r, 5000, 0.03, 0), r);
    add("noise", Audio.noise(2, n, 0.3, 1), r);
    add("noise-quiet", Audio.noise(2, n, 0.01, 2), r);
    add("drums-90", Audio.drums(2, n, r, 90, 0.5, 3), r);
    add("drums-174-hot", Audio.drums(2, n, r, 174, 1.0, 4), r);
    add("drums-clipped", Audio.clipped(Audio.drums(2, n, r, 128, 1, 5), 8, 1), r);
    float[][] music =
        Audio.sum(Audio.drums(2, n, r, 120, 0.5, 6), Audio.sine(2, n, r, 220, 0.1, 0));
    add("music", music, r);
    add("music-at-minus-45", Audio.scaled(music, 0.006), r);
    add("square-hot", Audio.clipped(Audio.sine(2, n, r, 110, 1, 0), 8, 0.99), r);
    add("sweep", sweep(n, r), r);
    add("drums-mono", Audio.drums(1, n, r, 100, 0.7, 7), r);
    add("fs4-between-samples", Audio.sine(2, n, r, r / 4.0, 0.9, 0.785), r);
    add("near-nyquist", Audio.sine(2, n, r, r / 2.0 - 150, 0.5, 1.05), r);
    add("loud-soft-alternating", alternating(Audio.noise(2, n, 0.5, 8), r), r);
    int r48 = 48_000;
    add(
        "music-48k",
        Audio.sum(
            Audio.drums(2, 8 * r48, r48, 100, 0.4, 9), Audio.sine(2, 8 * r48, r48, 330, 0.1, 0)),
        r48);
    add("noise-48k", Audio.noise(2, 8 * r48, 0.2, 10), r48);
    int r96 = 96_000;
    add("drums-96k", Audio.drums(2, 6 * r96, r96, 140, 0.6, 12), r96);
    assertThat(INPUTS).hasSizeGreaterThanOrEqualTo(20);
  }

  private static void add(String name, float[][] samples, int rate) {
    Path file = dir.resolve(name + ".wav");
    Audio.write(file, samples, rate);
    INPUTS.add(file);
  }

  /** A logarithmic sine sweep from 20 Hz to 20 kHz at -12 dBFS. */
  private static float[][] sweep(int n, int rate) {
    float[][] out = new float[2][n];
    double duration = (double) n / rate;
    double k = StrictMath.log(20_000.0 / 20);
    for (int i = 0; i < n; i++) {
      double t = (double) i / rate;
      double phase = 2 * StrictMath.PI * 20 * duration / k * (StrictMath.exp(t / duration * k) - 1);
      out[0][i] = out[1][i] = (float) (0.25 * StrictMath.sin(phase));
    }
    return out;
  }

  /** One second loud, one second 20 dB down, in turn. */
  private static float[][] alternating(float[][] x, int rate) {
    for (int c = 0; c < x.length; c++) {
      for (int i = 0; i < x[c].length; i++) {
        if ((i / rate) % 2 == 1) {
          x[c][i] *= 0.1f;
        }
      }
    }
    return x;
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (int input = 0; input < 23; input++) {
      for (int p = 0; p < NAMES.length; p++) {
        all.add(Arguments.of(input, p));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "input {0}, preset {1}")
  @MethodSource("cases")
  void presetLandsOnItsTarget(int input, int preset) throws Exception {
    Path in = INPUTS.get(input);
    double lufs = PRESETS[preset][0];
    double ceiling = PRESETS[preset][1];
    Path out = dir.resolve(in.getFileName() + "." + NAMES[preset] + ".wav");
    CliRun r = CliRun.run("mix", in.toString(), "--preset", NAMES[preset], "-o", out.toString());
    String what = in.getFileName() + " " + NAMES[preset];
    assertThat(r.exitCode()).as(what + ": " + r.stderr()).isZero();
    // Sparse material may need more limiting than allowed: then the master says so and stays
    // under the target rather than being crushed onto it.
    boolean unreachable = r.stderr().contains("warning: reaching");

    float[][] audio = Audio.read(out);
    int rate = rateOf(out);
    LoudnessMeter meter = new LoudnessMeter(AudioFormat.floatFormat(rate, audio.length), false);
    AudioBlock block = new AudioBlock(audio.length, audio[0].length);
    for (int c = 0; c < audio.length; c++) {
      System.arraycopy(audio[c], 0, block.channel(c), 0, audio[c].length);
    }
    block.setFrames(audio[0].length);
    meter.accept(block);
    if (unreachable) {
      assertThat(meter.integratedLufs()).as(what + ": our meter").isLessThan(lufs);
    } else {
      assertThat(meter.integratedLufs()).as(what + ": our meter").isCloseTo(lufs, within(0.1));
      LANDED[preset].incrementAndGet();
    }
    assertThat(Audio.truePeakDb(audio, rate))
        .as(what + ": our true peak")
        .isLessThanOrEqualTo(ceiling);

    Ffmpeg ff = ffmpeg(out);
    if (unreachable) {
      assertThat(ff.integrated()).as(what + ": ffmpeg I").isLessThan(lufs);
    } else {
      assertThat(ff.integrated()).as(what + ": ffmpeg I").isCloseTo(lufs, within(0.1));
    }
    // Linear peak to three decimals: at -1 dBTP one step is 0.005 dB.
    assertThat(ff.truePeakDb())
        .as(what + ": ffmpeg true peak")
        .isLessThanOrEqualTo(ceiling + 0.005);
  }

  @AfterAll
  static void everyPresetLandsOnAtLeastTwentyInputs() {
    // Without ffmpeg the class is skipped: no input was mastered, and none could land.
    assumeTrue(ExternalTools.onPath("ffmpeg"), "ffmpeg is not installed");
    for (int p = 0; p < NAMES.length; p++) {
      assertThat(LANDED[p].get()).as(NAMES[p] + ": inputs on target").isGreaterThanOrEqualTo(20);
    }
  }

  private static int rateOf(Path wav) throws IOException {
    try (var reader = dev.cadenza.audio.WavReader.open(wav)) {
      return reader.format().sampleRate();
    }
  }

  private record Ffmpeg(double integrated, double truePeakDb) {}

  private static Ffmpeg ffmpeg(Path wav) throws Exception {
    ExternalTools.Result result = ExternalTools.ebur128(wav, null);
    String log = result.out();
    Matcher i = Pattern.compile("lavfi\\.r128\\.I=(-?[0-9.]+)").matcher(log);
    double integrated = Double.NaN;
    while (i.find()) {
      integrated = Double.parseDouble(i.group(1));
    }
    Matcher p = Pattern.compile("lavfi\\.r128\\.true_peak=([0-9.]+)").matcher(log);
    double peak = 0;
    while (p.find()) {
      peak = Math.max(peak, Double.parseDouble(p.group(1)));
    }
    return new Ffmpeg(integrated, 20 * Math.log10(peak));
  }
}
