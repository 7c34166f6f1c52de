package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.dsp.Audio;
import dev.cadenza.dsp.HotMaterial;
import dev.cadenza.dsp.TruePeakLimiter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limiter's ceiling as independent meters see it: ffmpeg's {@code ebur128=peak=true}
 * (libavfilter oversamples to 192 kHz with its own resampler) and our BS.1770-5 meter, over 22
 * kinds of hot material, both preset ceilings, at 44.1 and 48 kHz. No allowance: neither meter may
 * read above the ceiling.
 *
 * <p>One ffmpeg run per rate and ceiling: each signal is limited on its own and the results are
 * written one after another with half a second of silence between them. ffmpeg's per-frame metadata
 * gives the running linear true peak to three decimals every 100 ms, so the signal that first
 * pushes it over the ceiling is named; its summary (0.1 dB resolution) is checked too.
 */
class LimiterFfmpegIT {

  private static final double SECONDS = 1;
  private static final double GAP_SECONDS = 0.5;

  @TempDir Path dir;

  @BeforeAll
  static void tools() {
    ExternalTools.require("ffmpeg");
  }

  @ParameterizedTest(name = "{0} Hz ceiling {1} dBTP")
  @CsvSource({"44100, -1.0", "44100, -0.3", "48000, -1.0", "48000, -0.3"})
  void neitherMeterReadsATruePeakAboveTheCeiling(int rate, double ceiling) throws Exception {
    List<HotMaterial.Signal> signals = HotMaterial.all(rate, SECONDS);
    int slot = (int) ((SECONDS + GAP_SECONDS) * rate);
    float[][] all = new float[2][slot * signals.size()];
    SoftAssertions soft = new SoftAssertions();
    for (int k = 0; k < signals.size(); k++) {
      HotMaterial.Signal signal = signals.get(k);
      float[][] out =
          Audio.process(
              new TruePeakLimiter(TruePeakLimiter.Settings.mastering(ceiling), rate, 2),
              signal.samples(),
              rate);
      double ours = Audio.truePeakDb(out, rate);
      soft.assertThat(ours).as("%s: TruePeakMeter", signal.name()).isLessThanOrEqualTo(ceiling);
      soft.assertThat(ours)
          .as("%s: limited, not crushed", signal.name())
          .isGreaterThan(ceiling - 1);
      for (int c = 0; c < 2; c++) {
        System.arraycopy(out[c], 0, all[c], k * slot, out[c].length);
      }
    }
    Path wav = dir.resolve("limited.wav");
    try (WavWriter writer =
        WavWriter.create(
            wav, rate, ChannelLayout.defaultFor(2), WavEncoding.FLOAT_32, Dither.none())) {
      AudioBlock block = new AudioBlock(2, all[0].length);
      System.arraycopy(all[0], 0, block.channel(0), 0, all[0].length);
      System.arraycopy(all[1], 0, block.channel(1), 0, all[1].length);
      block.setFrames(all[0].length);
      writer.write(block);
      writer.finish();
    }
    ExternalTools.Result result = ExternalTools.ebur128(wav, "lavfi.r128.true_peak");
    String log = result.stderr();
    String summary = log.substring(log.lastIndexOf("Summary:"));
    Matcher m = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS").matcher(summary);
    assertThat(m.find()).as(summary).isTrue();
    soft.assertThat(Double.parseDouble(m.group(1)))
        .as("ffmpeg summary true peak")
        .isLessThanOrEqualTo(ceiling);
    // Lines come in pairs: "frame:N pts:P pts_time:T", then the running peak.
    Matcher frames =
        Pattern.compile("pts_time:([0-9.]+)\\s+lavfi.r128.true_peak=([0-9.]+)")
            .matcher(result.out());
    double previous = 0;
    int seen = 0;
    while (frames.find()) {
      seen++;
      double time = Double.parseDouble(frames.group(1));
      double peak = Double.parseDouble(frames.group(2));
      if (peak > previous) {
        int k = Math.min(signals.size() - 1, (int) (time / (SECONDS + GAP_SECONDS)));
        soft.assertThat(20 * StrictMath.log10(peak))
            .as("ffmpeg true peak around %.1f s (%s)", time, signals.get(k).name())
            .isLessThanOrEqualTo(ceiling);
        previous = peak;
      }
    }
    assertThat(seen).as(result.out()).isGreaterThan(signals.size());
    soft.assertAll();
  }
}
