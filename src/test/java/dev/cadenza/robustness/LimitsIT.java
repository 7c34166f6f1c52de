package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system's limits reached by the real executable in its own JVM: a file that may not grow (the
 * shell's {@code ulimit -f}, which fails a write as a full disk does), and a heap too small to hold
 * a track.
 */
class LimitsIT {

  @TempDir Path dir;

  private static String cadenza() {
    return Path.of("bin/cadenza").toAbsolutePath().toString();
  }

  /** Runs {@code command} in sh with files limited to {@code blocks} of 512 bytes. */
  private Process limited(int blocks, String command) throws Exception {
    return new ProcessBuilder("sh", "-c", "ulimit -f " + blocks + " && exec " + command)
        .redirectOutput(new File(dir.resolve("stdout.txt").toString()))
        .redirectError(new File(dir.resolve("stderr.txt").toString()))
        .start();
  }

  private String stderrLine() throws Exception {
    List<String> lines = Files.readAllLines(dir.resolve("stderr.txt"));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).chars().filter(c -> c < 0x20)).isEmpty();
    return lines.get(0);
  }

  private List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }

  @Test
  void anOutputThatCannotGrowIsAnOutputErrorNamingItAndLeavesNothing() throws Exception {
    Path in = Abuse.tone(dir, "a.wav");
    Path out = dir.resolve("out.wav");
    // 50 kB: the 2-second tone's 690 kB master does not fit.
    Process p = limited(100, cadenza() + " mix " + in + " --preset none -o " + out);
    assertThat(p.waitFor()).isEqualTo(74);
    assertThat(stderrLine()).startsWith("cadenza mix: " + out + ": cannot write: File too large");
    assertThat(names(dir)).containsExactlyInAnyOrder("a.wav", "stdout.txt", "stderr.txt");
  }

  @Test
  void stemsThatCannotGrowLeaveTheFolderAsItWas() throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"techno\",\"bpm\":130,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"durationSeconds\":20,\"energy\":0.7,\"seed\":3}",
        StandardCharsets.UTF_8);
    Path stems = Files.createDirectories(dir.resolve("stems"));
    Files.writeString(stems.resolve("keep.txt"), "not cadenza's");
    // 1 MB: a 20-second stem (24-bit stereo) is 5.3 MB.
    Process p = limited(2048, cadenza() + " generate " + spec + " -o " + stems + " -q");
    assertThat(p.waitFor()).isEqualTo(74);
    assertThat(stderrLine()).startsWith("cadenza generate: " + stems).contains("File too large");
    assertThat(names(stems)).containsExactly("keep.txt");
    assertThat(Files.size(dir.resolve("stdout.txt"))).isZero();
  }

  /**
   * Three minutes are a 427 MB bus with its sends and strips, more than twice this heap: produce
   * streams the track through files, and generate's stem stores keep to their share of the heap
   * (two of 96 MB each ran out of it).
   */
  @Test
  void aTrackFourTimesTheHeapIsProducedWithinIt() throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"house\",\"bpm\":124,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"durationSeconds\":180,\"energy\":0.7,\"seed\":1}",
        StandardCharsets.UTF_8);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path out = dir.resolve("master.wav");
    ProcessBuilder pb =
        new ProcessBuilder(
                cadenza(),
                "produce",
                "--spec",
                spec.toString(),
                "--retries",
                "0",
                "--keep-failed",
                "-q",
                "-o",
                out.toString())
            .redirectOutput(new File(dir.resolve("stdout.txt").toString()))
            .redirectError(new File(dir.resolve("stderr.txt").toString()));
    pb.environment().put("CADENZA_JAVA_OPTS", "-Xmx160m -Djava.io.tmpdir=" + tmp);
    int code = pb.start().waitFor();
    String stderr = Files.readString(dir.resolve("stderr.txt"));
    // 3 when a QA check fails (the master is kept); never 70, out of memory.
    assertThat(code).as(stderr).isIn(0, 3);
    // A 24-bit stereo WAV of at least the three minutes asked for.
    assertThat(Files.size(out)).isGreaterThan(180L * 44_100 * 6);
    assertThat(names(tmp)).isEmpty();
    assertThat(names(dir))
        .containsExactlyInAnyOrder("spec.json", "tmp", "master.wav", "stdout.txt", "stderr.txt");
  }
}
