package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.audio.WavReader;
import dev.cadenza.spec.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cadenza batch killed with SIGKILL (the whole process group, as a scheduler's kill or a power loss
 * leaves it) at random points, and run again until it finishes: every job is done exactly once in
 * the journal, every master is a valid WAV with the bytes of an uninterrupted run, and the journal
 * says what is on the disk. The real executable, in its own process group (setsid).
 */
class BatchCrashIT {

  @TempDir Path dir;

  private static final int JOBS = 4;

  /** Kills per seed at most; the run after the last goes to the end. */
  private static final int MAX_KILLS = 3;

  private Path jobsFile() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= JOBS; i++) {
      // Three seconds of house: short enough for many kills, long enough to be killed inside.
      // A 3-second track is too short to measure its tempo well, hence the loose tolerance.
      lines.append(
          "{\"id\":\"t"
              + i
              + "\",\"spec\":{\"genre\":\"house\",\"bpm\":124,\"durationSeconds\":3},\"seed\":"
              + i
              + ",\"tolerance\":[\"tempo=60%\"]}\n");
    }
    return Files.writeString(dir.resolve("jobs.jsonl"), lines.toString(), StandardCharsets.UTF_8);
  }

  private Process start(Path jobs, Path out) throws IOException {
    return new ProcessBuilder(
            "setsid",
            Launcher.path().toString(),
            "batch",
            jobs.toString(),
            "-o",
            out.toString(),
            "-j",
            "2",
            "-q")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile()))
        .start();
  }

  private static int finish(Process p) throws InterruptedException {
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("batch did not end in 180 s");
    }
    return p.exitValue();
  }

  @Test
  void killedAtRandomPointsAndResumedItDoesEachJobOnceWithTheSameBytes() throws Exception {
    ExternalTools.require("setsid");
    Path jobs = jobsFile();
    Path reference = dir.resolve("reference");
    assertThat(finish(start(jobs, reference))).as(stderr()).isZero();
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      Path out = dir.resolve("crashed-" + seed);
      int kills = 0;
      while (true) {
        Process p = start(jobs, out);
        // From before the JVM is up to well into the jobs (a whole run takes 4-8 s).
        long delay = 200 + random.nextInt(3500);
        if (kills == MAX_KILLS || p.waitFor(delay, TimeUnit.MILLISECONDS)) {
          assertThat(finish(p)).as(stderr()).isZero();
          break;
        }
        new ProcessBuilder("kill", "-KILL", "--", "-" + p.pid()).start().waitFor();
        assertThat(finish(p)).isEqualTo(137);
        kills++;
      }
      assertThat(kills).as("seed %d killed the batch at least once", seed).isPositive();
      checkOutputs(out, reference);
      checkJournal(out);
    }
  }

  private String stderr() throws IOException {
    Path file = dir.resolve("stderr.txt");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static void checkOutputs(Path out, Path reference) throws IOException {
    for (int i = 1; i <= JOBS; i++) {
      Path master = out.resolve("t" + i).resolve("master.wav");
      try (WavReader wav = WavReader.open(master)) {
        // At least the three seconds asked (the last bar and the reverb's tail run on).
        assertThat(wav.frameCount()).isGreaterThanOrEqualTo(3 * 44_100L);
      }
      assertThat(Files.readAllBytes(master))
          .as("t%d's master against the uninterrupted run's", i)
          .isEqualTo(Files.readAllBytes(reference.resolve("t" + i).resolve("master.wav")));
    }
    try (Stream<Path> left = Files.list(out.resolve(".work"))) {
      assertThat(left).as("no temporary folder left").isEmpty();
    }
  }

  /**
   * Every complete line is an entry; each job has one done entry, after a started entry with its
   * fingerprint, whose checksums are the files' on the disk. Lines a kill cut short are at most one
   * per kill, and the next entry starts on a line of its own.
   */
  private static void checkJournal(Path out) throws Exception {
    List<JsonNode> entries = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("journal.jsonl"))) {
      try {
        entries.add(Json.mapper().readTree(line));
      } catch (IOException torn) {
        assertThat(line).as("only a line cut short fails to parse").doesNotEndWith("}");
      }
    }
    Map<String, Integer> done = new HashMap<>();
    Map<String, String> startedWith = new HashMap<>();
    for (JsonNode e : entries) {
      String id = e.path("id").asText();
      switch (e.get("event").asText()) {
        case "started" -> startedWith.put(id, e.get("fingerprint").asText());
        case "done" -> {
          done.merge(id, 1, Integer::sum);
          assertThat(e.get("fingerprint").asText()).isEqualTo(startedWith.get(id));
          for (var file : e.get("outputs").properties()) {
            assertThat(sha256(out.resolve(id).resolve(file.getKey())))
                .as("%s/%s's checksum in the journal", id, file.getKey())
                .isEqualTo(file.getValue().asText());
          }
        }
        case "planned" -> assertThat(e.get("jobs").size()).isEqualTo(JOBS);
        default -> assertThat(e.get("event").asText()).isEqualTo("failed");
      }
    }
    for (int i = 1; i <= JOBS; i++) {
      assertThat(done.get("t" + i)).as("done entries of t%d", i).isEqualTo(1);
    }
    assertThat(entries).noneMatch(e -> e.get("event").asText().equals("failed"));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
