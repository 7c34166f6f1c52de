package dev.cadenza.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.audio.WavEncoding;
import dev.cadenza.compose.Arrangement;
import dev.cadenza.compose.Composer;
import dev.cadenza.compose.Note;
import dev.cadenza.compose.Part;
import dev.cadenza.compose.Specs;
import dev.cadenza.synth.NoteEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rendering stems in parallel changes no bit of any file, whatever the number of threads. */
class GeneratorThreadsTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}, seed {1}")
  @CsvSource({"house, 11", "drum and bass, 12", "lofi hip hop, 13", "trap, 14"})
  void oneThreadAndSeveralThreadsWriteTheSameBytes(String genre, long seed) throws Exception {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of(genre, 128, "A", "minor", "4/4", null, 12, List.of(), List.of(), seed),
                seed);
    Map<String, byte[]> one = render(a, 1, tmp.resolve("one"));
    Map<String, byte[]> two = render(a, 2, tmp.resolve("two"));
    Map<String, byte[]> five = render(a, 5, tmp.resolve("five"));
    assertThat(one).as("seed %d", seed).containsKey("arrangement.mid").hasSizeGreaterThan(4);
    for (Map.Entry<String, byte[]> e : one.entrySet()) {
      assertThat(two.get(e.getKey())).as("seed %d: %s", seed, e.getKey()).isEqualTo(e.getValue());
      assertThat(five.get(e.getKey())).as("seed %d: %s", seed, e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(two.keySet()).isEqualTo(one.keySet());
    assertThat(five.keySet()).isEqualTo(one.keySet());
  }

  /** The stems kept in memory (for a mixdown) are the ones written with any thread count. */
  @ParameterizedTest(name = "threads {0}")
  @CsvSource({"1", "3"})
  void keptStemsDoNotDependOnTheThreadCount(int threads) throws Exception {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of("techno", 130, "E", "minor", "4/4", null, 8, List.of(), List.of(), 21),
                21);
    Generator.Result serial =
        Generator.render(a, null, new Generator.Options(44100, WavEncoding.PCM_24, 1), true);
    Generator.Result parallel =
        Generator.render(a, null, new Generator.Options(44100, WavEncoding.PCM_24, threads), true);
    assertThat(parallel.stems()).hasSameSizeAs(serial.stems());
    for (int i = 0; i < serial.stems().size(); i++) {
      for (int c = 0; c < 2; c++) {
        assertThat(parallel.stems().get(i)[c]).isEqualTo(serial.stems().get(i)[c]);
      }
    }
  }

  /**
   * Stems streamed through a store that keeps one segment in memory and spills the rest give the
   * same files as stems rendered whole in memory, and every stem peaks at or below the limit.
   */
  @ParameterizedTest(name = "{0}, seed {1}")
  @CsvSource({"house, 31", "drum and bass, 32"})
  void streamedStemsMatchStemsRenderedWhole(String genre, long seed) throws Exception {
    Arrangement a =
        Composer.standard()
            .compose(
                Specs.of(genre, 128, "A", "minor", "4/4", null, 10, List.of(), List.of(), seed),
                seed);
    Generator.Options options = new Generator.Options(44100, WavEncoding.PCM_24, 2);
    Generator.Result whole = Generator.render(a, tmp.resolve("whole"), options, true);
    Generator.render(a, tmp.resolve("streamed"), options, false, 1);
    Map<String, byte[]> expected = files(tmp.resolve("whole"));
    Map<String, byte[]> got = files(tmp.resolve("streamed"));
    assertThat(got.keySet()).isEqualTo(expected.keySet());
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      assertThat(got.get(e.getKey())).as("seed %d: %s", seed, e.getKey()).isEqualTo(e.getValue());
    }
    boolean limited = false;
    for (float[][] stem : whole.stems()) {
      float peak = 0;
      for (float[] channel : stem) {
        for (float x : channel) {
          peak = Math.max(peak, Math.abs(x));
        }
      }
      // -1 dBFS is 0.8913; a stem over it is scaled to it, up to float rounding.
      assertThat(peak).as("seed %d", seed).isLessThanOrEqualTo(0.8913f);
      limited |= peak > 0.8909f;
    }
    assertThat(limited).as("seed %d: some stem needed the limit", seed).isTrue();
  }

  /** Parts start longest first: by the total time their notes sound. */
  @org.junit.jupiter.api.Test
  void longestPartsAreRenderedFirst() {
    java.util.function.Function<double[], Part> part =
        durations -> {
          List<Note> notes = new java.util.ArrayList<>();
          for (double d : durations) {
            // A sub-bass note sounds for its duration plus its release.
            notes.add(new Note("sub-bass", new NoteEvent(0, d, 36, 0.8)));
          }
          return new Part("p" + durations.length, "bass", 0, 0, 0, 0, notes);
        };
    List<Part> parts =
        List.of(
            part.apply(new double[] {1}),
            part.apply(new double[] {2, 2, 2}),
            part.apply(new double[] {}),
            part.apply(new double[] {3, 1}));
    assertThat(RenderOrder.longestFirst(parts)).containsExactly(1, 3, 0, 2);
  }

  private static Map<String, byte[]> files(Path dir) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static Map<String, byte[]> render(Arrangement a, int threads, Path dir) throws Exception {
    Generator.render(a, dir, new Generator.Options(44100, WavEncoding.PCM_24, threads), false);
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }
}
