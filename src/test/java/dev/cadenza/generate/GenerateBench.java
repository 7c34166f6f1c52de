package dev.cadenza.generate;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Specs;
import dev.cadenza.spec.TrackSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Wall time of composing, rendering and writing a 3-minute stereo 44.1 kHz track (24-bit stems) for
 * a few genres, after one warm-up run each, and the peak heap in use.
 *
 * <p>Run with {@code bench/generate.sh}.
 */
public final class GenerateBench {
  private GenerateBench() {}

  public static void main(String[] args) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("cadenza-generate-bench");
    List<TrackSpec> specs =
        List.of(
            Specs.of("drum and bass", 174, "F", "minor", "4/4", null, 180, List.of(), List.of(), 1),
            Specs.of("house", 124, "A", "minor", "4/4", null, 180, List.of(), List.of(), 2),
            Specs.of("lofi hip hop", 80, "C", "major", "4/4", null, 180, List.of(), List.of(), 3),
            Specs.of("pop", 118, "G", "major", "4/4", null, 180, List.of(), List.of(), 4));
    Generator.Options options = new Generator.Options(44100, WavEncoding.PCM_24, threads);
    System.out.printf("threads %d, output %s%n", threads, dir);
    for (TrackSpec spec : specs) {
      run(spec, dir, options);
      long best = Long.MAX_VALUE;
      long renderBest = Long.MAX_VALUE;
      long composeBest = Long.MAX_VALUE;
      int stems = 0;
      double seconds = 0;
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        Arrangement a = Composer.standard().compose(spec, spec.seed());
        long t1 = System.nanoTime();
        Generator.Result r = Generator.render(a, dir, options, false);
        long t2 = System.nanoTime();
        best = Math.min(best, t2 - t0);
        Generator.render(a, null, options, false);
        renderBest = Math.min(renderBest, System.nanoTime() - t2);
        composeBest = Math.min(composeBest, t1 - t0);
        stems = r.manifest().stems().size();
        seconds = a.durationSeconds();
      }
      System.out.printf(
          "%-14s %5.1f s of music, %d stems + MIDI: %.2f s wall (compose %.3f s, render without"
              + " writing %.2f s)%n",
          spec.genre(), seconds, stems, best / 1e9, composeBest / 1e9, renderBest / 1e9);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap used (sum of pool peaks): %d MB%n", peak >> 20);
  }

  private static void run(TrackSpec spec, Path dir, Generator.Options options) throws Exception {
    Generator.render(Composer.standard().compose(spec, spec.seed()), dir, options, false);
  }
}
