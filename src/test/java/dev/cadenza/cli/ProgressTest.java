package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Streams streams(boolean terminal) {
    return new Streams(
        new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        terminal);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBarOnATerminalShowsThePercentageAndTheStageAndLinesGoAboveIt() {
    try (Progress progress =
        new Progress(streams(true), "produce", 1000, new Progress.Unit(" %", 10), true, 0)) {
      progress.message("attempt 1: mix");
      progress.accept(0);
      progress.println("cadenza produce: mixed");
      progress.accept(420);
    }
    String text = err();
    assertThat(text).contains("produce").contains("42/100 %").contains("attempt 1: mix");
    // The news line erases the bar's line first, so the two do not run together.
    assertThat(text).contains("\r\033[Kcadenza produce: mixed\n");
  }

  @Test
  void withoutATerminalOnlyTheLinesArePrintedPlain() {
    try (Progress progress = Progress.ofFraction(streams(false), new CommonOptions(), "produce")) {
      progress.message("attempt 1: generate");
      progress.accept(500);
      progress.println("cadenza produce: attempt 1: seed 3");
      progress.accept(1000);
    }
    assertThat(err()).isEqualTo("cadenza produce: attempt 1: seed 3\n");
  }

  @Test
  void nothingIsDrawnBeforeTheDelayHasPassed() {
    try (Progress progress =
        new Progress(streams(true), "produce", 1000, new Progress.Unit(" %", 10), true, 60_000)) {
      progress.accept(999);
    }
    assertThat(err()).isEmpty();
  }
}
