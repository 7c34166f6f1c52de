package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.spec.BatchSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A batch's progress: a bar of jobs on a terminal with lines above it, plain lines in a pipe. */
class BatchProgressTest {

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

  private static void run(BatchProgress progress) {
    progress.planned(2, 3);
    progress.started("a");
    progress.started("b");
    progress.line("a", "attempt 1: seed 1");
    progress.line("a", "warning: vocals: left out");
    progress.finished(new BatchSummary.Job("c", 3, "skipped", 0, null, null));
    progress.finished(new BatchSummary.Job("a", 1, "done", 0, null, 1.2));
    progress.finished(new BatchSummary.Job("b", 2, "failed", 3, "QA: tempo failed", 2.0));
  }

  @Test
  void aPipeGetsALinePerJobEndedAndTheWarnings() {
    try (BatchProgress progress = new BatchProgress(streams(false), new CommonOptions(), 0)) {
      run(progress);
    }
    assertThat(err())
        .isEqualTo(
            "cadenza batch: 1 of 3 jobs done before, skipped\n"
                + "cadenza batch: a: warning: vocals: left out\n"
                + "cadenza batch: [1/2] a: done in 1.2 s\n"
                + "cadenza batch: [2/2] b: failed (exit 3): QA: tempo failed\n");
  }

  @Test
  void aTerminalGetsABarOfJobsWithTheLinesAboveIt() {
    try (BatchProgress progress = new BatchProgress(streams(true), new CommonOptions(), 0)) {
      run(progress);
    }
    assertThat(err())
        .contains("batch")
        .contains("2/2 jobs")
        .contains("\r\033[Kcadenza batch: [1/2] a: done in 1.2 s\n");
  }

  @Test
  void quietLeavesOnlyTheFailures() {
    CommonOptions quiet = new CommonOptions();
    quiet.quiet = true;
    try (BatchProgress progress = new BatchProgress(streams(true), quiet, 0)) {
      run(progress);
    }
    assertThat(err()).isEqualTo("cadenza batch: [2/2] b: failed (exit 3): QA: tempo failed\n");
  }
}
