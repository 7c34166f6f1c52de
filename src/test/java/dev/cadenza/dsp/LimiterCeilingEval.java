package dev.cadenza.dsp;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far above the ceiling independent meters read the limiter's output: for every signal of
 * {@link HotMaterial}, both preset ceilings and 44.1/48 kHz, the true peak of the limited signal by
 * ffmpeg's {@code ebur128=peak=true} (three-decimal linear metadata) and by {@code TruePeakMeter},
 * in dB relative to the ceiling; the worst of each. Run for the limiter as built and for a limiter
 * detecting with the BS.1770 true-peak design alone (what it did before). Run by {@code
 * bench/limiter-ceiling.sh}; needs ffmpeg on the PATH.
 */
public final class LimiterCeilingEval {

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("limiter-eval");
    Path wav = dir.resolve("limited.wav");
    try {
      for (String variant : List.of("true-peak design alone, margin 0.05 dB", "as built")) {
        double worstFfmpeg = Double.NEGATIVE_INFINITY;
        double worstOurs = Double.NEGATIVE_INFINITY;
        String where = "";
        int cases = 0;
        for (int rate : new int[] {44_100, 48_000}) {
          for (HotMaterial.Signal signal : HotMaterial.all(rate, 1)) {
            for (double ceiling : new double[] {-1.0, -0.3}) {
              TruePeakLimiter limiter =
                  variant.startsWith("as built")
                      ? new TruePeakLimiter(TruePeakLimiter.Settings.mastering(ceiling), rate, 2)
                      : new TruePeakLimiter(
                          new TruePeakLimiter.Settings(ceiling, 3, 80, 0.05),
                          rate,
                          2,
                          List.of(PolyphaseInterpolator.forTruePeak(rate)));
              float[][] out = Audio.process(limiter, signal.samples(), rate);
              double ffmpeg = ffmpegTruePeakDb(out, rate, wav) - ceiling;
              double ours = Audio.truePeakDb(out, rate) - ceiling;
              if (ffmpeg > worstFfmpeg) {
                worstFfmpeg = ffmpeg;
                where = signal.name() + " at " + rate + " Hz, ceiling " + ceiling;
              }
              worstOurs = Math.max(worstOurs, ours);
              cases++;
            }
          }
        }
        System.out.printf(
            "%s: %d cases; largest reading above the ceiling: ffmpeg %+.3f dB (%s),"
                + " TruePeakMeter %+.3f dB%n",
            variant, cases, worstFfmpeg, where, worstOurs);
      }
    } finally {
      Files.deleteIfExists(wav);
      Files.deleteIfExists(dir);
    }
  }

  static double ffmpegTruePeakDb(float[][] samples, int rate, Path wav) throws Exception {
    try (WavWriter writer =
        WavWriter.create(
            wav, rate, ChannelLayout.defaultFor(2), WavEncoding.FLOAT_32, Dither.none())) {
      AudioBlock block = new AudioBlock(2, samples[0].length);
      System.arraycopy(samples[0], 0, block.channel(0), 0, samples[0].length);
      System.arraycopy(samples[1], 0, block.channel(1), 0, samples[1].length);
      block.setFrames(samples[0].length);
      writer.write(block);
      writer.finish();
    }
    Process process =
        new ProcessBuilder(
                "ffmpeg",
                "-nostdin",
                "-hide_banner",
                "-nostats",
                "-i",
                wav.toString(),
                "-af",
                "ebur128=peak=true:metadata=1,ametadata=print:key=lavfi.r128.true_peak:file=-",
                "-f",
                "null",
                "-")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("ffmpeg failed on " + wav);
    }
    double peak = 0;
    Matcher m = Pattern.compile("lavfi.r128.true_peak=([0-9.]+)").matcher(log);
    while (m.find()) {
      peak = Math.max(peak, Double.parseDouble(m.group(1)));
    }
    return 20 * StrictMath.log10(peak);
  }
}
