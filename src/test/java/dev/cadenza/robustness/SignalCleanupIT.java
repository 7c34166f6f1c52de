package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run stopped by SIGINT (Ctrl-C) or SIGTERM (a job runner's stop) leaves none of its hidden part
 * files behind, and a folder it was writing keeps what it held: the real executable, in its own
 * JVM.
 */
class SignalCleanupIT {

  @TempDir Path dir;

  private static boolean hasPart(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  @ParameterizedTest
  @CsvSource({"INT, 130", "TERM, 143"})
  void anInterruptedGenerateLeavesNoPartFiles(String signal, int exitCode) throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"techno\",\"bpm\":130,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"durationSeconds\":1500,\"energy\":0.7,\"seed\":3}",
        StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("stems"));
    Files.writeString(out.resolve("keep.txt"), "not cadenza's");
    Process p =
        new ProcessBuilder(
                Path.of("bin/cadenza").toAbsolutePath().toString(),
                "generate",
                spec.toString(),
                "-o",
                out.toString(),
                "-q")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(new File(dir.resolve("stderr.txt").toString()))
            .start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!hasPart(out) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(p.isAlive()).as("still rendering when its first part file appeared").isTrue();
    new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
    assertThat(p.waitFor()).isEqualTo(exitCode);
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(f -> f.getFileName().toString())).containsExactly("keep.txt");
    }
  }
}
