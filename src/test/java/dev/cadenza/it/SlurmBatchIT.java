package dev.cadenza.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/slurm/batch-array.sh on a real Slurm cluster (the one-node cluster .ci/slurm-up.sh
 * brings up): a two-task array, each task its share of the jobs, gives the bytes of a local batch
 * run. Needs sbatch and a controller that answers; skipped without them, unless
 * CADENZA_REQUIRE_TOOLS=1 (CI).
 */
class SlurmBatchIT {

  @TempDir Path dir;

  private static final List<String> IDS = List.of("a", "d", "e", "g");

  private static void requireCluster() throws Exception {
    ExternalTools.require("sbatch");
    ExternalTools.Result sinfo = ExternalTools.run("sinfo", "-h", "-N", "-o", "%t");
    boolean up = sinfo.exitCode() == 0 && sinfo.out().matches("(?s)(idle|mix|alloc).*");
    if (!up && "1".equals(System.getenv("CADENZA_REQUIRE_TOOLS"))) {
      throw new AssertionError("no Slurm node answers (run .ci/slurm-up.sh): " + sinfo.stderr());
    }
    assumeTrue(up, "no Slurm cluster is up (.ci/slurm-up.sh brings one up)");
  }

  @Test
  void anArrayOfTwoTasksSplitsTheJobsAndWritesWhatALocalRunWrites() throws Exception {
    requireCluster();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < IDS.size(); i++) {
      lines.append(
          "{\"id\":\""
              + IDS.get(i)
              + "\",\"spec\":{\"genre\":\"house\",\"bpm\":124,\"durationSeconds\":3},\"seed\":"
              + (i + 1)
              + ",\"tolerance\":[\"tempo=60%\"]}\n");
    }
    Path jobs = Files.writeString(dir.resolve("jobs.jsonl"), lines, StandardCharsets.UTF_8);
    ExternalTools.Result local =
        ExternalTools.run(
            List.of(Launcher.path().toString(), "batch", jobs.toString(), "-o", "local", "-q"),
            new byte[0],
            dir);
    assertThat(local.exitCode()).as(local.stderr()).isZero();

    Path script = Path.of("examples/slurm/batch-array.sh").toAbsolutePath();
    ExternalTools.Result sbatch =
        ExternalTools.run(
            List.of(
                "env",
                "CADENZA=" + Launcher.path(),
                "sbatch",
                "--wait",
                "--array=0-1",
                "--chdir=" + dir,
                "--output=" + dir.resolve("slurm-%A_%a.out"),
                script.toString(),
                jobs.toString(),
                "cluster"),
            new byte[0],
            dir);
    assertThat(sbatch.exitCode()).as(sbatch.stderr() + taskOutputs()).isZero();

    // "a", "d", "e", "g": SHA-256 mod 2 puts a and e in share 1, d and g in share 2 (sha256sum).
    assertThat(Files.readString(dir.resolve("cluster/journal.1-of-2.jsonl")))
        .contains("\"id\":\"a\"")
        .contains("\"id\":\"e\"")
        .doesNotContain("\"id\":\"d\"");
    assertThat(Files.readString(dir.resolve("cluster/journal.2-of-2.jsonl")))
        .contains("\"id\":\"d\"")
        .contains("\"id\":\"g\"");
    for (String id : IDS) {
      assertThat(Files.readAllBytes(dir.resolve("cluster").resolve(id).resolve("master.wav")))
          .as("%s's master from the array against the local run's", id)
          .isEqualTo(Files.readAllBytes(dir.resolve("local").resolve(id).resolve("master.wav")));
    }
    ExternalTools.Result status =
        ExternalTools.run(
            Launcher.path().toString(),
            "batch",
            "--status",
            dir.resolve("cluster").toString(),
            "--json");
    assertThat(status.out()).contains("\"done\":4");
  }

  private String taskOutputs() throws Exception {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("slurm-")).toList()) {
        all.append('\n').append(f.getFileName()).append(":\n").append(Files.readString(f));
      }
    }
    return all.toString();
  }
}
