package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cadenza.BadInputException;
import dev.cadenza.spec.TrackSpec;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prompts built to make a backtracking or quadratic parser stall. The time limit here is a guard
 * against a blow-up (seconds, not milliseconds); bench/parse-bench.sh measures the actual time.
 */
class AdversarialInputTest {

  private static final int SIZE = 100_000;

  private static String fill(String unit) {
    StringBuilder sb = new StringBuilder(SIZE + unit.length());
    while (sb.length() < SIZE) {
      sb.append(unit);
    }
    return sb.toString();
  }

  private static String randomWords(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] pool = {
      "in", "the", "style", "of", "like", "no", "without", "A", "minor", "key", "bpm", "at", "128",
      "-", ",", "drum", "and", "bass", "Daft", "Punk", "#", "b", "flat", "sharp", "3/4", "2:30",
      "bars", "minutes", "x", "Zzz", "tecno", "&", "'", "90s"
    };
    StringBuilder sb = new StringBuilder();
    while (sb.length() < SIZE) {
      sb.append(pool[r.nextInt(pool.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  static Stream<Arguments> prompts() {
    return Stream.of(
        Arguments.of("style triggers", fill("in the style of ")),
        Arguments.of("likes", fill("like Like ")),
        Arguments.of("exclusions", fill("no without minus the ")),
        Arguments.of("capitalized name run", fill("Aaaa Bbbb of Cccc ")),
        Arguments.of("hyphenated numbers", fill("1-2-")),
        Arguments.of("keys", fill("a a minor in A flat sharp key of ")),
        Arguments.of("one long word", "x".repeat(SIZE)),
        Arguments.of("punctuation", fill("#&'-.:/, ")),
        Arguments.of("genres", fill("drum and bass ")),
        Arguments.of("near-typos", fill("tecnoo dubstpe synthwaev ")),
        Arguments.of("random words seed 1", randomWords(1)),
        Arguments.of("random words seed 2", randomWords(2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prompts")
  void hundredKilobytePromptFinishesQuickly(String name, String prompt) {
    assertThat(prompt.length()).isGreaterThanOrEqualTo(SIZE);
    TrackSpec spec =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> PromptParser.standard().parse(prompt), name);
    assertThat(spec.bpm()).isPositive();
    for (String excluded : spec.excludedInstruments()) {
      assertThat(spec.instruments()).doesNotContain(excluded);
    }
  }

  @Test
  void promptsOverTheLimitAreRejectedNotTruncated() {
    String tooLong = "a".repeat(PromptParser.MAX_CHARS + 1);
    assertThatThrownBy(() -> PromptParser.standard().parse(tooLong))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(String.valueOf(PromptParser.MAX_CHARS));
  }
}
