package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import dev.cadenza.synth.soundfont.SineSoundfont;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's chain, soundfont and keepFailed do what produce's --chain, --soundfont, --keep-failed do.
 */
class BatchJobOptionsTest {

  @TempDir Path dir;

  private static final String CHAIN =
      "{\"targetLufs\": -16, \"truePeakDbtp\": -2, \"processors\": ["
          + "{\"type\": \"highpass\", \"params\": {\"frequency\": 40}},"
          + " {\"type\": \"limiter\", \"params\": {}}]}";

  private CliRun batch(String line) throws Exception {
    Path jobs = Files.writeString(dir.resolve("jobs.jsonl"), line + "\n", StandardCharsets.UTF_8);
    return CliRun.run("batch", jobs.toString(), "-o", dir.resolve("out").toString(), "-q");
  }

  private byte[] produce(String... options) throws Exception {
    Path master = dir.resolve("produced.wav");
    String[] args = new String[options.length + 5];
    args[0] = "produce";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = "-o";
    args[options.length + 2] = master.toString();
    args[options.length + 3] = "-q";
    args[options.length + 4] = "--seed=2";
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode()).as(run.stderr()).isIn(0, 3);
    return Files.readAllBytes(master);
  }

  @Test
  void aChainAndASoundfontMasterAsProduceDoes() throws Exception {
    Path chain = Files.writeString(dir.resolve("chain.json"), CHAIN);
    Path bank = SineSoundfont.write(dir.resolve("sine.sf2"));
    CliRun run =
        batch(
            "{\"id\":\"c\",\"prompt\":\"pop in G major, 8 seconds\",\"seed\":2,\"chain\":\""
                + chain
                + "\",\"soundfont\":\""
                + bank
                + "\"}");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    byte[] produced =
        produce(
            "pop in G major, 8 seconds",
            "--chain",
            chain.toString(),
            "--soundfont",
            bank.toString());
    assertThat(Files.readAllBytes(dir.resolve("out/c/master.wav"))).isEqualTo(produced);
    byte[] plain = produce("pop in G major, 8 seconds");
    assertThat(produced).as("the chain and soundfont changed the master").isNotEqualTo(plain);
  }

  @Test
  void aMissingChainFailsItsJobWithProducesExitCode() throws Exception {
    CliRun run =
        batch(
            "{\"id\":\"m\",\"prompt\":\"house, 4 seconds\",\"chain\":\""
                + dir.resolve("nowhere.json")
                + "\"}");
    assertThat(run.exitCode()).isEqualTo(66);
    JsonNode summary = Json.mapper().readTree(run.stdoutBytes());
    assertThat(summary.at("/jobs/0/state").asText()).isEqualTo("failed");
    assertThat(summary.at("/jobs/0/reason").asText()).contains("nowhere.json");
    assertThat(Files.exists(dir.resolve("out/m"))).isFalse();
  }

  @Test
  void keepFailedKeepsTheMasterOfAJobThatFailedQa() throws Exception {
    // -2 LUFS with at most 1 LU of limiting cannot be reached: QA's loudness check fails.
    String job =
        "{\"id\":\"k\",\"prompt\":\"house, 4 seconds\",\"seed\":2,\"targetLufs\":-2,"
            + "\"maxLimiting\":1,\"retries\":0,\"keepFailed\":true}";
    CliRun run = batch(job);
    assertThat(run.exitCode()).isEqualTo(3);
    JsonNode summary = Json.mapper().readTree(run.stdoutBytes());
    assertThat(summary.at("/jobs/0/state").asText()).isEqualTo("failed");
    assertThat(summary.at("/jobs/0/reason").asText()).endsWith("(master kept)");
    byte[] produced =
        produce(
            "house, 4 seconds",
            "--target-lufs",
            "-2",
            "--max-limiting",
            "1",
            "--retries",
            "0",
            "--keep-failed");
    assertThat(Files.readAllBytes(dir.resolve("out/k/master.wav"))).isEqualTo(produced);
  }
}
