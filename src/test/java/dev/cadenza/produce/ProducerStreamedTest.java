package dev.cadenza.produce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.parse.Overrides;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A track too long for the memory budget is rendered to stem files and mixed from them, streaming;
 * its master, report and stems are the bits the memory bus gives.
 */
class ProducerStreamedTest {

  @Test
  void theStreamedPathGivesTheMemoryPathsMasterAndStems(@TempDir Path dir) throws IOException {
    TrackSpec spec =
        PromptParser.standard()
            .parse("house at 124 bpm in A minor, 12 seconds", 4L, Overrides.NONE);
    Produced memory = produce(spec, dir.resolve("memory"), null);
    Produced streamed = produce(spec, dir.resolve("streamed"), "0");
    assertThat(streamed.master).isEqualTo(memory.master);
    assertThat(streamed.manifest).isEqualTo(memory.manifest);
    for (String stem : memory.stems) {
      assertThat(Files.readAllBytes(dir.resolve("streamed").resolve(stem)))
          .as(stem)
          .isEqualTo(Files.readAllBytes(dir.resolve("memory").resolve(stem)));
    }
    assertThat(streamed.stems).isEqualTo(memory.stems);
  }

  @Test
  void underAGigabyteHeapThreeMinutesStayInMemoryAndAnHourStreams() {
    // Two rendering threads, 24-bit master; half of -Xmx1g is the budget.
    Producer.Options options = options(null, 2);
    String before = System.getProperty(Producer.MEMORY_BUDGET_PROPERTY);
    System.setProperty(Producer.MEMORY_BUDGET_PROPERTY, String.valueOf(512L << 20));
    try {
      assertThat(Producer.fitsInMemory((180 + 8) * 44_100L, options)).isTrue();
      assertThat(Producer.fitsInMemory((3600 + 8) * 44_100L, options)).isFalse();
    } finally {
      restore(before);
    }
  }

  private record Produced(byte[] master, String manifest, java.util.List<String> stems) {}

  private static Producer.Options options(Path stems, int threads) {
    Producer.Options d = Producer.Options.defaults();
    return new Producer.Options(
        d.sampleRate(),
        d.stemEncoding(),
        d.outputEncoding(),
        d.mastering(),
        d.tolerances(),
        0,
        stems,
        threads,
        Producer.StemHook.NONE,
        null,
        null);
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty(Producer.MEMORY_BUDGET_PROPERTY);
    } else {
      System.setProperty(Producer.MEMORY_BUDGET_PROPERTY, before);
    }
  }

  private static Produced produce(TrackSpec spec, Path stems, String budget) throws IOException {
    String before = System.getProperty(Producer.MEMORY_BUDGET_PROPERTY);
    if (budget != null) {
      System.setProperty(Producer.MEMORY_BUDGET_PROPERTY, budget);
    }
    try (Producer.Result result =
        Producer.produce(spec, 4, options(stems, 2), new LinkedHashMap<>(), line -> {})) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      result.master().writeTo(out);
      String manifest = new String(Json.toBytes(result.report().manifest(), false));
      try (var files = Files.list(stems)) {
        return new Produced(
            out.toByteArray(),
            manifest.replace(stems.toString(), "STEMS"),
            files.map(f -> f.getFileName().toString()).sorted().toList());
      }
    } finally {
      restore(before);
    }
  }
}
