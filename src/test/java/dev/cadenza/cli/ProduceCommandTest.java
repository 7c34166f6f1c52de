package dev.cadenza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProduceCommandTest {
  private static final String PROMPT = "house at 124 bpm in A minor, 12 seconds";

  @TempDir Path dir;

  private static JsonNode json(Path file) throws IOException {
    return Json.mapper().readTree(file.toFile());
  }

  @Test
  void masterIsBitIdenticalToTheStagesRunOneByOne() throws IOException {
    CliRun produced =
        CliRun.run("produce", PROMPT, "--seed", "5", "--retries", "0", "--keep-failed", "-q");
    assertThat(produced.exitCode()).as(produced.stderr()).isIn(0, 3);

    CliRun spec = CliRun.run("parse", PROMPT, "--seed", "5");
    Path stems = dir.resolve("stems");
    CliRun manifest = CliRun.withInput(spec.stdoutBytes(), "generate", "-", "-o", stems.toString());
    assertThat(manifest.exitCode()).as(manifest.stderr()).isZero();
    CliRun mixed = CliRun.withInput(manifest.stdoutBytes(), "mix", "-", "-q");
    assertThat(mixed.exitCode()).as(mixed.stderr()).isZero();

    assertThat(produced.stdoutBytes()).hasSizeGreaterThan(44).isEqualTo(mixed.stdoutBytes());
  }

  /**
   * A mastering chain with the tempo-synced stages: produce and mix must give them the same tempo
   * (the generated track's), as well as the same everything else.
   */
  private static final String SYNCED_CHAIN =
      "{\"targetLufs\": -14, \"truePeakDbtp\": -1, \"processors\": ["
          + "{\"type\": \"highpass\", \"params\": {\"frequency\": 30}},"
          + " {\"type\": \"duck\", \"params\": {\"depthDb\": 3}},"
          + " {\"type\": \"delay\", \"params\": {\"beats\": 0.75, \"mix\": 0.1,"
          + " \"feedback\": 0.2}},"
          + " {\"type\": \"limiter\", \"params\": {}}]}";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "'dark drum and bass at 174 bpm in F minor, 8 seconds', preset",
    "'pop at 118 bpm in G major, 8 seconds', preset",
    "'jazz waltz in 3/4 at 130 bpm, 8 seconds', preset",
    "'house at 124 bpm in A minor, 8 seconds', synced-chain",
    "'jazz waltz in 3/4 at 130 bpm, 8 seconds', synced-chain"
  })
  void masterIsBitIdenticalToTheStagesAcrossGenresAndChains(String prompt, String mastering)
      throws IOException {
    List<String> chain = new ArrayList<>();
    if (mastering.equals("synced-chain")) {
      Path file = dir.resolve("chain.json");
      Files.writeString(file, SYNCED_CHAIN);
      chain = List.of("--chain", file.toString());
    }
    List<String> produce =
        new ArrayList<>(List.of("produce", prompt, "--seed", "7", "--retries", "0"));
    produce.addAll(List.of("--keep-failed", "-q"));
    produce.addAll(chain);
    CliRun produced = CliRun.run(produce.toArray(String[]::new));
    assertThat(produced.exitCode()).as(produced.stderr()).isIn(0, 3);

    CliRun spec = CliRun.run("parse", prompt, "--seed", "7");
    Path stems = dir.resolve("stems");
    CliRun manifest = CliRun.withInput(spec.stdoutBytes(), "generate", "-", "-o", stems.toString());
    assertThat(manifest.exitCode()).as(manifest.stderr()).isZero();
    List<String> mix = new ArrayList<>(List.of("mix", "-", "-q"));
    mix.addAll(chain);
    CliRun mixed = CliRun.withInput(manifest.stdoutBytes(), mix.toArray(String[]::new));
    assertThat(mixed.exitCode()).as(mixed.stderr()).isZero();

    assertThat(produced.stdoutBytes()).hasSizeGreaterThan(44).isEqualTo(mixed.stdoutBytes());
  }

  @Test
  void reportHoldsSpecManifestAnalysisQaAttemptsAndTimings() throws IOException {
    Path out = dir.resolve("track.wav");
    Path report = dir.resolve("report.json");
    Path stems = dir.resolve("stems");
    CliRun r =
        CliRun.run(
            "produce",
            PROMPT,
            "--seed",
            "5",
            "-o",
            out.toString(),
            "--report",
            report.toString(),
            "--stems",
            stems.toString(),
            "--keep-failed");
    assertThat(r.exitCode()).as(r.stderr()).isIn(0, 3);
    assertThat(r.stdoutBytes()).isEmpty();
    JsonNode doc = json(report);
    assertThat(doc.get("schema").asText()).isEqualTo("cadenza.report/1");
    for (String field : List.of("spec", "manifest", "analysis", "qa", "attempts", "timings")) {
      assertThat(doc.has(field)).as(field).isTrue();
    }
    assertThat(doc.get("spec").get("bpm").asDouble()).isEqualTo(124);
    assertThat(doc.get("spec").get("provenance").get("bpm").get("source").asText())
        .isEqualTo("prompt");
    assertThat(doc.get("timings").has("generate")).isTrue();
    assertThat(doc.get("timings").has("mix")).isTrue();
    assertThat(doc.get("timings").has("qa")).isTrue();
    assertThat(doc.get("passed").asBoolean()).isEqualTo(r.exitCode() == 0);
    assertThat(Files.exists(out)).isTrue();
    try (var files = Files.list(stems)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .contains("drums.wav", "arrangement.mid");
    }
  }

  @Test
  void impossibleLoudnessRetriesWithMoreLimitingThenFailsWithExit3AndNoAudio() throws IOException {
    Path out = dir.resolve("loud.wav");
    Path report = dir.resolve("report.json");
    CliRun r =
        CliRun.run(
            "produce",
            PROMPT,
            "--seed",
            "5",
            "--target-lufs",
            "-2",
            "--max-limiting",
            "1",
            "--retries",
            "2",
            "-o",
            out.toString(),
            "--report",
            report.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(Files.exists(out)).isFalse();
    assertThat(r.stderr()).contains("integratedLoudness failed");
    JsonNode attempts = json(report).get("attempts");
    assertThat(attempts).hasSize(3);
    assertThat(attempts.get(0).get("failed").toString()).contains("integratedLoudness");
    assertThat(attempts.get(1).get("changes").toString()).contains("limiting allowed 1 -> 5 LU");
    assertThat(attempts.get(2).get("changes").toString()).contains("limiting allowed 5 -> 9 LU");
    assertThat(json(report).get("passed").asBoolean()).isFalse();
  }

  @Test
  void impossibleTempoToleranceStrengthensTheDrumsAndReseeds() throws IOException {
    Path report = dir.resolve("report.json");
    CliRun r =
        CliRun.run(
            "produce",
            PROMPT,
            "--seed",
            "5",
            "--tolerance",
            "tempo=0.000001%",
            "--retries",
            "1",
            "--report",
            report.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stdoutBytes()).isEmpty();
    JsonNode attempts = json(report).get("attempts");
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).get("failed").toString()).contains("tempo");
    List<String> changes = new ArrayList<>();
    attempts.get(1).get("changes").forEach(c -> changes.add(c.asText()));
    assertThat(changes).contains("drums +3 dB", "seed 5 -> 6");
    assertThat(attempts.get(1).get("seed").asLong()).isEqualTo(6);
  }

  @Test
  void referenceFillsTempoAndKeyThePromptLeftOpenAndSetsTheTarget() throws IOException {
    Path ref = dir.resolve("ref.wav");
    CliRun made =
        CliRun.run(
            "produce",
            PROMPT,
            "--seed",
            "5",
            "--target-lufs",
            "-18",
            "-o",
            ref.toString(),
            "--keep-failed",
            "-q");
    assertThat(made.exitCode()).as(made.stderr()).isIn(0, 3);
    Path report = dir.resolve("report.json");
    CliRun r =
        CliRun.run(
            "produce",
            "techno, 12 seconds",
            "--reference",
            ref.toString(),
            "--report",
            report.toString(),
            "--retries",
            "0",
            "--keep-failed",
            "-q",
            "-o",
            dir.resolve("out.wav").toString());
    assertThat(r.exitCode()).as(r.stderr()).isIn(0, 3);
    JsonNode doc = json(report);
    JsonNode spec = doc.get("spec");
    assertThat(spec.get("bpm").asDouble()).isBetween(124 * 0.98, 124 * 1.02);
    assertThat(spec.get("provenance").get("bpm").get("source").asText()).isEqualTo("audio");
    assertThat(spec.get("key").get("tonic").asText()).isEqualTo("A");
    assertThat(spec.get("key").get("mode").asText()).isEqualTo("minor");
    assertThat(spec.get("provenance").get("key").get("source").asText()).isEqualTo("audio");
    assertThat(doc.get("mastering").get("targetLufs").asDouble()).isBetween(-18.1, -17.9);
    assertThat(doc.get("mastering").get("chain").toString()).contains("peaking");
  }

  @Test
  void promptAndSpecTogetherOrNeitherIsAUsageError() {
    assertThat(CliRun.run("produce").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("produce", "house", "--spec", "x.json").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("produce", "house", "--retries", "-1").exitCode()).isEqualTo(2);
  }

  @Test
  void aPitchToleranceIsRefusedBecauseProduceChecksNoStems() {
    CliRun r =
        CliRun.run("produce", "house, 10 seconds", "--tolerance", "pitch=90%", "-o", "x.wav");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("qa --stems");
  }

  @Test
  void missingSpecIsExit66() {
    CliRun r = CliRun.run("produce", "--spec", dir.resolve("none.json").toString());
    assertThat(r.exitCode()).isEqualTo(66);
    assertThat(r.stderr().lines()).hasSize(1);
  }
}
