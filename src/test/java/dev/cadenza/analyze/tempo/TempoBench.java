package dev.cadenza.analyze.tempo;

import dev.cadenza.audio.AudioBlock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of the tempo analysis (onset envelope, tempo, tempo curve, beats, metre) on 3 minutes of
 * rendered stereo 44.1 kHz drums held in memory: the median of 9 runs after 5 warm-up runs, CPU
 * time of this thread and wall time, plus the onset envelope alone. Run by {@code bench/tempo.sh}.
 */
public final class TempoBench {

  private static final int RUNS = 9;

  public static void main(String[] args) {
    double bpm = 123;
    int bars = (int) Math.round(180 * bpm / 60 / 4);
    DrumRenderer.Take take = DrumRenderer.render(DrumPattern.BREAKBEAT, bpm, 0, bars, 1);
    List<AudioBlock> blocks = take.blocks(4096);
    double seconds = take.audio().length / (double) DrumRenderer.RATE;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 5; i++) {
      full(blocks);
    }
    double[] cpu = new double[RUNS];
    double[] wall = new double[RUNS];
    double[] envelopeCpu = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      full(blocks);
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      wall[i] = (System.nanoTime() - w0) / 1e6;
      long e0 = threads.getCurrentThreadCpuTime();
      OnsetEnvelope envelope = new OnsetEnvelope(DrumRenderer.RATE);
      for (AudioBlock block : blocks) {
        envelope.accept(block);
      }
      envelopeCpu[i] = (threads.getCurrentThreadCpuTime() - e0) / 1e6;
    }
    System.out.printf(
        Locale.ROOT,
        "%.0f s stereo 44.1 kHz drums: tempo+beats+metre %.0f ms CPU (%.0f ms wall),"
            + " of which onset envelope %.0f ms CPU (median of %d)%n",
        seconds,
        median(cpu),
        median(wall),
        median(envelopeCpu),
        RUNS);
  }

  private static Object full(List<AudioBlock> blocks) {
    TempoAnalyzer analyzer = new TempoAnalyzer(DrumRenderer.RATE);
    for (AudioBlock block : blocks) {
      analyzer.accept(block);
    }
    return analyzer.result();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
