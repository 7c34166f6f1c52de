package dev.cadenza.analyze;

import dev.cadenza.analyze.key.KeyAnalyzer;
import dev.cadenza.analyze.loudness.LoudnessAnalyzer;
import dev.cadenza.analyze.spectral.SpectralFeatures;
import dev.cadenza.analyze.tempo.TempoAnalyzer;
import dev.cadenza.audio.AudioBlock;
import dev.cadenza.audio.AudioFormat;
import dev.cadenza.audio.WavReader;
import dev.cadenza.dsp.Audio;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Where the time of a full analysis goes: the CPU time of each stage alone on audio held in memory,
 * then the whole {@link Analyzer} (wall time), best of five runs after a warm-up. CPU times are
 * steady on a busy machine where wall times are not.
 *
 * <p>Usage: {@code AnalyzeBench FILE.wav}
 */
public final class AnalyzeBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    float[][] samples;
    int rate;
    try (WavReader reader = WavReader.open(Path.of(args[0]))) {
      rate = reader.format().sampleRate();
      samples = Audio.readAll(reader, 8192);
    }
    AudioFormat format = AudioFormat.floatFormat(rate, samples.length);
    stage(
        "read (WAV decode)",
        () -> {
          try (WavReader reader = WavReader.open(Path.of(args[0]))) {
            AudioBlock block = new AudioBlock(reader.format().channels(), 8192);
            while (reader.read(block) > 0) {
              // decode only
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    stage("levels", () -> feed(samples, rate, new LevelMeter(format)::accept));
    stage("silence", () -> feed(samples, rate, new SilenceDetector(rate, -60)::accept));
    stage(
        "loudness + true peak",
        () -> {
          LoudnessAnalyzer a = new LoudnessAnalyzer(format, true);
          feed(samples, rate, a::accept);
          a.result();
        });
    stage(
        "tempo",
        () -> {
          TempoAnalyzer a = new TempoAnalyzer(rate);
          feed(samples, rate, a::accept);
          a.result();
        });
    stage(
        "key",
        () -> {
          KeyAnalyzer a = new KeyAnalyzer(format);
          feed(samples, rate, a::accept);
          a.result();
        });
    stage(
        "spectral features",
        () -> {
          SpectralFeatures a = new SpectralFeatures(rate, samples.length, false);
          feed(samples, rate, a::accept);
          a.finish();
          a.track();
        });
    double bestWall = Double.MAX_VALUE;
    for (int run = 0; run < 6; run++) {
      long wall0 = System.nanoTime();
      Analyzer.analyze(Audio.source(samples, rate, 8192), "bench", Analyzer.Options.defaults());
      double wall = (System.nanoTime() - wall0) / 1e9;
      if (run > 0) {
        bestWall = Math.min(bestWall, wall);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-22s wall %.3f s (all sections on two threads, in memory, warmed up)%n",
        "Analyzer",
        bestWall);
  }

  private static void feed(float[][] samples, int rate, Consumer<AudioBlock> sink) {
    var source = Audio.source(samples, rate, 8192);
    AudioBlock block = new AudioBlock(samples.length, 8192);
    try {
      while (source.read(block) > 0) {
        sink.accept(block);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void stage(String name, Runnable work) {
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 4; run++) {
      long start = THREADS.getCurrentThreadCpuTime();
      work.run();
      double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
      if (run > 0) {
        best = Math.min(best, seconds);
      }
    }
    System.out.printf(Locale.ROOT, "%-22s CPU %.3f s%n", name, best);
  }
}
