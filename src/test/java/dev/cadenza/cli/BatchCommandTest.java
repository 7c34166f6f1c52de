package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cadenza batch: jobs into folders as produce makes them, a journal, reruns, bad lines. */
class BatchCommandTest {

  @TempDir Path dir;

  private static final String HOUSE = "{\"id\":\"a\",\"prompt\":\"house, 4 seconds\",\"seed\":1}";
  private static final String TECHNO_SPEC =
      "{\"genre\":\"techno\",\"bpm\":128,\"durationSeconds\":4}";
  private static final String TECHNO =
      "{\"id\":\"b\",\"spec\":" + TECHNO_SPEC + ",\"seed\":3,\"bits\":\"16\"}";

  private Path jobs(String... lines) throws Exception {
    Path file = dir.resolve("jobs.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static JsonNode summary(CliRun run) throws Exception {
    return Json.mapper().readTree(run.stdoutBytes());
  }

  private long journalLines(Path out, String event, String id) throws Exception {
    return Files.readAllLines(out.resolve("journal.jsonl")).stream()
        .filter(
            l -> l.contains("\"event\":\"" + event + "\"") && l.contains("\"id\":\"" + id + "\""))
        .count();
  }

  @Test
  void eachJobsMasterIsWhatProduceWritesAndARerunSkipsThem() throws Exception {
    Path out = dir.resolve("out");
    Path file = jobs(HOUSE, TECHNO);
    CliRun run = CliRun.run("batch", file.toString(), "-o", out.toString(), "-j", "2", "-q");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(summary(run).at("/counts/done").asInt()).isEqualTo(2);
    assertThat(summary(run).at("/passed").asBoolean()).isTrue();

    Path produced = dir.resolve("a.wav");
    CliRun produce =
        CliRun.run("produce", "house, 4 seconds", "--seed", "1", "-o", produced.toString(), "-q");
    assertThat(produce.exitCode()).as(produce.stderr()).isZero();
    assertThat(Files.readAllBytes(out.resolve("a/master.wav")))
        .isEqualTo(Files.readAllBytes(produced));
    Path spec = Files.writeString(dir.resolve("spec.json"), TECHNO_SPEC);
    Path producedB = dir.resolve("b.wav");
    CliRun produceB =
        CliRun.run(
            "produce",
            "--spec",
            spec.toString(),
            "--seed",
            "3",
            "--bits",
            "16",
            "-o",
            producedB.toString(),
            "-q");
    assertThat(produceB.exitCode()).as(produceB.stderr()).isZero();
    assertThat(Files.readAllBytes(out.resolve("b/master.wav")))
        .isEqualTo(Files.readAllBytes(producedB));

    CliRun again = CliRun.run("batch", file.toString(), "-o", out.toString(), "-q");
    assertThat(again.exitCode()).isZero();
    assertThat(summary(again).at("/counts/skipped").asInt()).isEqualTo(2);
    assertThat(journalLines(out, "done", "a")).isEqualTo(1);
    assertThat(journalLines(out, "done", "b")).isEqualTo(1);
  }

  @Test
  void aJobWhoseInputsChangedIsRedoneAndTheOthersSkipped() throws Exception {
    Path out = dir.resolve("out");
    CliRun first = CliRun.run("batch", jobs(HOUSE, TECHNO).toString(), "-o", out.toString(), "-q");
    assertThat(first.exitCode()).as(first.stderr()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("b/master.wav"));
    CliRun second =
        CliRun.withInput(
            (HOUSE + "\n" + TECHNO.replace("\"bits\":\"16\"", "\"bits\":\"24\"") + "\n")
                .getBytes(StandardCharsets.UTF_8),
            "batch",
            "-",
            "-o",
            out.toString(),
            "-q");
    assertThat(second.exitCode()).as(second.stderr()).isZero();
    JsonNode jobs = summary(second).get("jobs");
    assertThat(jobs.get(0).get("state").asText()).isEqualTo("skipped");
    assertThat(jobs.get(1).get("state").asText()).isEqualTo("done");
    assertThat(Files.readAllBytes(out.resolve("b/master.wav"))).isNotEqualTo(before);
    assertThat(journalLines(out, "done", "b")).isEqualTo(2);
    assertThat(journalLines(out, "done", "a")).isEqualTo(1);
  }

  @Test
  void badLinesAreNamedByNumberAndFailAloneAndAFailedJobLeavesNoFolder() throws Exception {
    Path out = dir.resolve("out");
    Path file =
        jobs(
            "{\"id\":\"q\",\"prompt\":\"house, 4 seconds\",\"seed\":5,\"targetLufs\":-2,"
                + "\"maxLimiting\":1,\"retries\":0}",
            "{not json",
            "{\"id\":\"q\",\"prompt\":\"jazz\"}");
    CliRun run = CliRun.run("batch", file.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(65);
    List<String> errors = run.stderr().lines().toList();
    assertThat(errors)
        .contains("cadenza batch: " + file + ": line 3: duplicate id \"q\" (first on line 1)")
        .anyMatch(l -> l.startsWith("cadenza batch: " + file + ": line 2: not valid JSON"))
        .anyMatch(l -> l.contains("q: failed (exit 3): QA: integratedLoudness failed"));
    JsonNode summary = summary(run);
    assertThat(summary.at("/counts/failed").asInt()).isEqualTo(1);
    assertThat(summary.at("/counts/bad").asInt()).isEqualTo(2);
    assertThat(summary.at("/jobs/0/exitCode").asInt()).isEqualTo(3);
    assertThat(Files.exists(out.resolve("q"))).isFalse();
    try (var work = Files.list(out.resolve(".work"))) {
      assertThat(work).isEmpty();
    }

    CliRun status = CliRun.run("batch", "--status", out.toString(), "--json");
    assertThat(status.exitCode()).isZero();
    assertThat(summary(status).at("/counts/failed").asInt()).isEqualTo(1);
    CliRun table = CliRun.run("batch", "--status", out.toString());
    assertThat(table.stdout())
        .startsWith("ID")
        .contains("q   failed")
        .endsWith("1 jobs: 0 done, 1 failed, 0 pending, 0 running, 0 interrupted\n");
  }

  @Test
  void theShareTakenIsSaidAndOtherSharesJobsAreLeft() throws Exception {
    Path out = dir.resolve("out");
    // SHA-256 begins ca97... for "a", 18ac... for "d": mod 2, share 1 and share 2 (sha256sum).
    String d = TECHNO.replace("\"id\":\"b\"", "\"id\":\"d\"");
    CliRun run =
        CliRun.run(
            "batch", jobs(HOUSE, d).toString(), "-o", out.toString(), "--shard", "2/2", "-q");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(summary(run).at("/jobs").size()).isEqualTo(1);
    assertThat(summary(run).at("/jobs/0/id").asText()).isEqualTo("d");
    assertThat(Files.exists(out.resolve("journal.2-of-2.jsonl"))).isTrue();
    assertThat(Files.exists(out.resolve("a"))).isFalse();
  }

  @Test
  void failFastStartsNoJobAfterAFailureAndStatusCountsThemPending() throws Exception {
    Path out = dir.resolve("out");
    String failing =
        "{\"id\":\"q\",\"prompt\":\"house, 4 seconds\",\"seed\":5,\"targetLufs\":-2,"
            + "\"maxLimiting\":1,\"retries\":0}";
    CliRun run =
        CliRun.run(
            "batch",
            jobs(failing, HOUSE, TECHNO).toString(),
            "-o",
            out.toString(),
            "-j",
            "1",
            "--fail-fast",
            "-q");
    assertThat(run.exitCode()).isEqualTo(3);
    JsonNode summary = summary(run);
    assertThat(summary.at("/counts/failed").asInt()).isEqualTo(1);
    assertThat(summary.at("/counts/pending").asInt()).isEqualTo(2);
    assertThat(Files.exists(out.resolve("a"))).isFalse();
    CliRun status = CliRun.run("batch", "--status", out.toString(), "--json");
    assertThat(summary(status).at("/counts/pending").asInt()).isEqualTo(2);
  }

  @Test
  void aTerminalOnStdinIsToldThatJobsAreAwaited() throws Exception {
    CliRun run =
        CliRun.on(
            new Terminals(true, false, false),
            new byte[0],
            "batch",
            "-",
            "-o",
            dir.resolve("out").toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stderr())
        .isEqualTo(
            "cadenza batch: reading jobs (JSON Lines, a cadenza.job/1 object a line) from"
                + " standard input (Ctrl-D to end; --help for usage)\n");
    assertThat(summary(run).at("/counts/done").asInt()).isZero();
  }

  @Test
  void usageErrors() {
    assertThat(CliRun.run("batch").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("batch", "x.jsonl", "-o", "o", "--shard", "3/2").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("batch", "x.jsonl", "-o", "o", "-j", "0").exitCode()).isEqualTo(2);
    CliRun missing = CliRun.run("batch", dir.resolve("none.jsonl").toString(), "-o", "o");
    assertThat(missing.exitCode()).isEqualTo(66);
    assertThat(CliRun.run("batch", "--status", dir.toString()).exitCode()).isEqualTo(66);
  }
}
