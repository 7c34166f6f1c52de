package dev.cadenza.analyze.loudness;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the loudness analysis (K-weighting, M/S/I/LRA, true peak) on 3 minutes of stereo
 * 44.1 kHz audio held in memory, against ffmpeg's {@code ebur128=peak=true} on the same audio as a
 * float WAV. Run by {@code bench/loudness.sh}.
 *
 * <p>Two signals: "dynamic" (noise whose level swings over 30 dB, peaks well below full scale) and
 * "mastered" (noise saturated to sit near 0 dBFS, the worst case for the true-peak meter, whose
 * exact skip bound then rarely applies).
 */
public final class LoudnessBench {

  private static final int RATE = 44_100;
  private static final int SECONDS = 180;
  private static final int BLOCK = 4096;

  public static void main(String[] args) throws Exception {
    System.out.printf(
        "%d s stereo %d Hz, %d frames, blocks of %d frames%n",
        SECONDS, RATE, RATE * SECONDS, BLOCK);
    for (String name : List.of("dynamic", "mastered")) {
      float[][] audio = signal(name.equals("mastered"));
      List<AudioBlock> blocks = Signals.blocks(audio, BLOCK);
      AudioFormat format = AudioFormat.floatFormat(RATE, 2);
      double[] all = median(() -> runAll(blocks, format));
      double[] loudness = median(() -> runLoudness(blocks, format));
      double[] peaks = median(() -> runPeaks(blocks, format));
      long frames = (long) RATE * SECONDS;
      System.out.printf(
          "%-9s cadenza loudness+true peak: %6.1f Mframes/s CPU (%4.0f ms CPU, %4.0f ms wall)"
              + " | loudness only %6.1f | true peak only %6.1f Mframes/s CPU%n",
          name,
          frames / all[0] / 1e6,
          all[0] * 1e3,
          all[1] * 1e3,
          frames / loudness[0] / 1e6,
          frames / peaks[0] / 1e6);
      ffmpeg(name, audio, frames);
    }
  }

  private static float[][] signal(boolean mastered) {
    SplittableRandom random = new SplittableRandom(42);
    float[][] audio = new float[2][RATE * SECONDS];
    double smooth0 = 0;
    double smooth1 = 0;
    for (int i = 0; i < audio[0].length; i++) {
      // Gently low-passed noise (more like programme than white noise).
      smooth0 = 0.6 * smooth0 + 0.4 * (random.nextDouble() * 2 - 1);
      smooth1 = 0.6 * smooth1 + 0.4 * (random.nextDouble() * 2 - 1);
      if (mastered) {
        audio[0][i] = (float) (0.99 * Math.tanh(4 * smooth0));
        audio[1][i] = (float) (0.99 * Math.tanh(4 * smooth1));
      } else {
        double db = -25 + 15 * Math.sin(2 * Math.PI * i / (20.0 * RATE));
        double gain = Math.pow(10, db / 20);
        audio[0][i] = (float) (gain * smooth0);
        audio[1][i] = (float) (gain * smooth1);
      }
    }
    return audio;
  }

  private static double runAll(List<AudioBlock> blocks, AudioFormat format) {
    LoudnessAnalyzer analyzer = new LoudnessAnalyzer(format, false);
    for (AudioBlock b : blocks) {
      analyzer.accept(b);
    }
    return analyzer.result().integratedLufs();
  }

  private static double runLoudness(List<AudioBlock> blocks, AudioFormat format) {
    LoudnessMeter meter = new LoudnessMeter(format, false);
    for (AudioBlock b : blocks) {
      meter.accept(b);
    }
    return meter.integratedLufs();
  }

  private static double runPeaks(List<AudioBlock> blocks, AudioFormat format) {
    TruePeakMeter meter = new TruePeakMeter(format.sampleRate(), format.channels());
    for (AudioBlock b : blocks) {
      meter.accept(b);
    }
    return meter.truePeaks()[0];
  }

  /**
   * Median CPU time and median wall time in seconds of 5 runs after 3 warm-up runs. CPU time is the
   * figure to compare on a shared machine; wall time includes waiting for a core.
   */
  private static double[] median(java.util.function.DoubleSupplier run) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int i = 0; i < 3; i++) {
      sink += run.getAsDouble();
    }
    double[] cpu = new double[5];
    double[] wall = new double[5];
    for (int i = 0; i < cpu.length; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      sink += run.getAsDouble();
      wall[i] = (System.nanoTime() - wallStart) / 1e9;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
    if (Double.isNaN(sink)) {
      System.out.println("(no loudness)");
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    return new double[] {cpu[2], wall[2]};
  }

  private static void ffmpeg(String name, float[][] audio, long frames) throws Exception {
    Path wav = Files.createTempFile("cadenza-bench-", ".wav");
    try {
      FloatWav.write(wav, audio, RATE);
      double[] cpu = new double[3];
      double[] wall = new double[3];
      Pattern bench = Pattern.compile("bench: utime=([0-9.]+)s stime=([0-9.]+)s rtime=([0-9.]+)s");
      for (int i = 0; i < cpu.length; i++) {
        Process p =
            new ProcessBuilder(
                    "ffmpeg",
                    "-nostdin",
                    "-hide_banner",
                    "-nostats",
                    "-benchmark",
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
        Matcher m = bench.matcher(out);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !m.find()) {
          System.out.println("ffmpeg failed");
          return;
        }
        cpu[i] = Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2));
        wall[i] = Double.parseDouble(m.group(3));
      }
      Arrays.sort(cpu);
      Arrays.sort(wall);
      System.out.printf(
          "%-9s ffmpeg ebur128=peak=true:   %6.1f Mframes/s CPU (%4.0f ms CPU, %4.0f ms wall;"
              + " includes reading the WAV)%n",
          name, frames / cpu[1] / 1e6, cpu[1] * 1e3, wall[1] * 1e3);
    } catch (java.io.IOException e) {
      System.out.println("ffmpeg not available: " + e.getMessage());
    } finally {
      Files.deleteIfExists(wav);
    }
  }
}
