package dev.cadenza.analyze.key;

import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.spec.KeyResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Speed of the key analysis on 3 minutes of stereo 44.1 kHz audio held in memory (a rendered
 * progression with drums, repeated), fed in blocks of 8192 frames as {@code cadenza analyze} reads.
 * Reports the median CPU and wall time of 7 runs after 5 warm-up runs, for the whole key analysis
 * and for the downmix and decimation alone. Run by {@code bench/key.sh}.
 */
public final class KeyBench {

  private static final int RATE = 44_100;
  private static final int SECONDS = 180;
  private static final int BLOCK = 8192;

  public static void main(String[] args) {
    float[] piece =
        ProgressionRenderer.render(
            RATE, 9, ProgressionRenderer.MINOR_PIECE, ProgressionRenderer.Timbre.SAW, 0, true, 1);
    int frames = RATE * SECONDS;
    float[][] audio = new float[2][frames];
    for (int i = 0; i < frames; i++) {
      audio[0][i] = piece[i % piece.length];
      audio[1][i] = 0.8f * piece[(i + 50) % piece.length];
    }
    List<AudioBlock> blocks = new ArrayList<>();
    for (int offset = 0; offset < frames; offset += BLOCK) {
      AudioBlock block = new AudioBlock(2, BLOCK);
      int n = Math.min(BLOCK, frames - offset);
      System.arraycopy(audio[0], offset, block.channel(0), 0, n);
      System.arraycopy(audio[1], offset, block.channel(1), 0, n);
      block.setFrames(n);
      blocks.add(block);
    }
    AudioFormat format = AudioFormat.floatFormat(RATE, 2);
    System.out.printf("%d s stereo %d Hz, blocks of %d frames%n", SECONDS, RATE, BLOCK);

    Supplier<Object> key =
        () -> {
          KeyAnalyzer analyzer = new KeyAnalyzer(format);
          for (AudioBlock block : blocks) {
            analyzer.accept(block);
          }
          return analyzer.result();
        };
    Supplier<Object> decimation =
        () -> {
          int[] count = new int[1];
          MonoDecimator decimator = new MonoDecimator(RATE, (samples, n) -> count[0] += n);
          for (AudioBlock block : blocks) {
            decimator.accept(block);
          }
          return count[0];
        };
    double[] all = median(key);
    double[] decimate = median(decimation);
    System.out.printf(
        "key analysis: %5.1f ms CPU, %5.1f ms wall (median of 7)%n", all[0] * 1e3, all[1] * 1e3);
    System.out.printf(
        "  of which downmix + decimation: %5.1f ms CPU, %5.1f ms wall%n",
        decimate[0] * 1e3, decimate[1] * 1e3);
    KeyResult result = (KeyResult) key.get();
    System.out.printf(
        "result: %s %s, confidence %.2f, tuning %.1f cents (rendered: A minor, 0 cents)%n",
        result.tonic(), result.mode(), result.confidence(), result.tuningCents());
  }

  /** Median CPU and wall seconds of 7 runs after 5 warm-up runs. */
  private static double[] median(Supplier<Object> run) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int sink = 0;
    for (int i = 0; i < 5; i++) {
      sink += run.get().hashCode();
    }
    double[] cpu = new double[7];
    double[] wall = new double[7];
    for (int i = 0; i < cpu.length; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      sink += run.get().hashCode();
      wall[i] = (System.nanoTime() - wallStart) / 1e9;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
    if (sink == 42) {
      System.out.println();
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    return new double[] {cpu[3], wall[3]};
  }
}
