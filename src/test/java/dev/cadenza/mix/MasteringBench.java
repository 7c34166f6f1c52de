package dev.cadenza.mix;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioSource;
import dev.cadenza.audio.ChannelLayout;
import dev.cadenza.audio.Dither;
import dev.cadenza.audio.WavEncoding;
import dev.cadenza.audio.WavReader;
import dev.cadenza.audio.WavWriter;
import dev.cadenza.dsp.Audio;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time of mastering 3 minutes of stereo 44.1 kHz 16-bit WAV to a preset, file to file, as
 * {@code cadenza mix} does it: the input is read to measure it and once more up to the limiter
 * (that signal is kept in a temporary float file), each full pass runs the limiter on the kept
 * signal, and the output of the pass that lands is kept and written as 24-bit with dither. Passes
 * are counted as the plan counts them (reads of the input and full passes), plus the final read of
 * the kept output. Run by {@code bench/mix.sh}, which times sox on the same file afterwards.
 *
 * <p>Usage: {@code MasteringBench INPUT.wav OUTPUT.wav [PRESET]} (INPUT is synthesised when
 * missing; PRESET defaults to streaming).
 */
public final class MasteringBench {

  private static final int RATE = 44_100;
  private static final int SECONDS = 180;

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    Path output = Path.of(args[1]);
    if (!Files.exists(input)) {
      synthesise(input);
    }
    String preset = args.length > 2 ? args[2] : "streaming";
    Target target = Target.preset(preset);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[5];
    MasteringPlan plan = null;
    for (int run = -2; run < cpu.length; run++) {
      long start = threads.getCurrentThreadCpuTime();
      plan = master(input, output, target);
      if (run >= 0) {
        cpu[run] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
      }
    }
    Arrays.sort(cpu);
    dev.cadenza.spec.LoudnessResult written;
    try (AudioSource check = WavReader.open(output)) {
      written = dev.cadenza.analyze.loudness.LoudnessAnalyzer.analyze(check, false);
    }
    System.out.printf(
        "cadenza master --preset %s, %d s stereo %d Hz 16-bit WAV -> 24-bit WAV:"
            + " %.3f s CPU (median of 5, min %.3f) in %d passes;"
            + " input %.2f LUFS -> output file %.3f LUFS, %.3f dBTP, %.2f LU limiting%n",
        preset,
        SECONDS,
        RATE,
        cpu[2],
        cpu[0],
        plan.passes() + 1,
        plan.inputLufs(),
        written.integratedLufs(),
        written.truePeakDbtp(),
        plan.limitingLu());
  }

  private static MasteringPlan master(Path input, Path output, Target target) throws Exception {
    Reopenable in = () -> WavReader.open(input);
    MasteringPlan plan;
    try (Mastering.Mastered mastered =
            Mastering.master(
                in, Presets.chain(target.name()).processors(), Mastering.Settings.of(target));
        AudioSource source = mastered.open(in);
        WavWriter writer =
            WavWriter.create(
                output, RATE, ChannelLayout.defaultFor(2), WavEncoding.PCM_24, Dither.tpdf(1))) {
      plan = mastered.plan();
      AudioBlock block = new AudioBlock(2, 4096);
      while (source.read(block) > 0) {
        writer.write(block);
      }
      writer.finish();
    }
    return plan;
  }

  /** A mix-like programme: drums, a bass line, a chord pad, noise, with the level moving. */
  private static void synthesise(Path path) throws Exception {
    int n = RATE * SECONDS;
    float[][] drums = Audio.drums(2, n, RATE, 124, 0.35, 1);
    float[][] bass = Audio.sine(2, n, RATE, 55, 0.25, 0);
    float[][] pad = Audio.sine(2, n, RATE, 220, 0.08, 0);
    pad = Audio.sum(pad, Audio.sine(2, n, RATE, 261.63, 0.08, 1));
    pad = Audio.sum(pad, Audio.sine(2, n, RATE, 329.63, 0.08, 2));
    float[][] air = Audio.noise(2, n, 0.03, 4);
    float[][] mix = Audio.sum(Audio.sum(drums, bass), Audio.sum(pad, air));
    for (float[] ch : mix) {
      for (int i = 0; i < n; i++) {
        ch[i] *= (float) (0.6 + 0.4 * StrictMath.sin(2 * StrictMath.PI * i / (30.0 * RATE)));
      }
    }
    try (AudioSource source = Audio.source(mix, RATE, 4096);
        WavWriter writer =
            WavWriter.create(
                path, RATE, ChannelLayout.defaultFor(2), WavEncoding.PCM_16, Dither.tpdf(2))) {
      AudioBlock block = new AudioBlock(2, 4096);
      while (source.read(block) > 0) {
        writer.write(block);
      }
      writer.finish();
    }
  }
}
