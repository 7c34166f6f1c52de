package dev.cadenza.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.TrackSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every prompt of the hand-written table parses to the fields written next to it. */
class PromptTableTest {

  static Stream<PromptTable.Case> cases() {
    return PromptTable.load().stream();
  }

  @Test
  void tableHasAtLeast150Prompts() {
    assertThat(PromptTable.load()).hasSizeGreaterThanOrEqualTo(150);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void promptParsesToTheExpectedFields(PromptTable.Case c) {
    TrackSpec spec = PromptParser.standard().parse(c.prompt());
    List<PromptTable.Miss> misses = PromptTable.check(c, spec);
    assertThat(misses).as("prompt \"%s\" (prompts.tsv line %d)", c.prompt(), c.line()).isEmpty();
  }
}
