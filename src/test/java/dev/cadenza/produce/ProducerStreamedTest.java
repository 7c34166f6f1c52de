package dev.cadenza.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cadenza.parse.Overrides;
import dev.cadenza.parse.PromptParser;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

  @Test
  void theStreamedPathTellsHowFarItIsWhileTheStemsRender() throws IOException {
    TrackSpec spec =
        PromptParser.standard()
            .parse("house at 124 bpm in A minor, 12 seconds", 4L, Overrides.NONE);
    List<Double> generate = Collections.synchronizedList(new ArrayList<>());
    Producer.Listener log =
        new Producer.Listener() {
          @Override
          public void line(String text) {}

          @Override
          public void progress(int attempt, String stage, double fraction) {
            if (stage.equals("generate")) {
              generate.add(fraction);
            }
          }
        };
    int parts;
    String before = System.getProperty(Producer.MEMORY_BUDGET_PROPERTY);
    System.setProperty(Producer.MEMORY_BUDGET_PROPERTY, "0");
    try (Producer.Result result =
        Producer.produce(spec, 4, options(null, 2), new LinkedHashMap<>(), log)) {
      parts = result.report().manifest().stems().size();
    } finally {
      restore(before);
    }
    // Generating is the first 70 % of an attempt, of which rendering the stems is the first 60 %.
    double rendered = 0.6 * 0.7;
    // A stem renders in segments of 16384 frames, each told: at least 32 of them in 12 s.
    long segments = 12 * 44_100 / 16_384;
    assertThat(generate.stream().filter(f -> f > 0 && f <= rendered + 1e-9).count())
        .as("reports while %d stems render", parts)
        .isGreaterThanOrEqualTo(parts * segments);
    assertThat(generate.stream().filter(f -> f > rendered + 1e-9 && f < 0.7).count())
        .as("reports while the stems are mixed")
        .isPositive();
    assertThat(generate).allMatch(f -> f >= 0 && f <= 0.7 + 1e-9);
    assertThat(generate.get(generate.size() - 1)).isCloseTo(0.7, within(1e-9));
  }

  @Test
  void productionsRunAtOnceShareTheBudget() {
    // Two rendering threads, 24-bit master: 2 × (4 × (4 + 2) + 3) = 54 bytes a frame.
    Producer.Options alone = options(null, 2);
    String before = System.getProperty(Producer.MEMORY_BUDGET_PROPERTY);
    System.setProperty(Producer.MEMORY_BUDGET_PROPERTY, String.valueOf(512L << 20));
    try {
      long threeMinutes = (180 + 8) * 44_100L;
      // 427 MB: within 512 MB, not within half of it.
      assertThat(threeMinutes * 54).isBetween(256L << 20, 512L << 20);
      assertThat(Producer.fitsInMemory(threeMinutes, alone)).isTrue();
      assertThat(Producer.fitsInMemory(threeMinutes, sharing(alone, 2))).isFalse();
      // A minute, 154 MB: within a third (171 MB), not within a quarter (128 MB).
      long minute = (60 + 8) * 44_100L;
      assertThat(minute * 54).isBetween(128L << 20, (512L << 20) / 3);
      assertThat(Producer.fitsInMemory(minute, sharing(alone, 3))).isTrue();
      assertThat(Producer.fitsInMemory(minute, sharing(alone, 4))).isFalse();
    } finally {
      restore(before);
    }
  }

  private static Producer.Options sharing(Producer.Options o, int alongside) {
    return new Producer.Options(
        o.sampleRate(),
        o.stemEncoding(),
        o.outputEncoding(),
        o.mastering(),
        o.tolerances(),
        o.retries(),
        o.stems(),
        o.threads(),
        o.stemHook(),
        o.reference(),
        o.soundfont(),
        alongside);
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
