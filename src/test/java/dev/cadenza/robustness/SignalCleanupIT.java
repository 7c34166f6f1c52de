package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run stopped by SIGINT (Ctrl-C) or SIGTERM (a job runner's stop) leaves none of its hidden part
 * files behind, nor the temporary stems folder of a long production, and a folder it was writing
 * keeps what it held: the real executable, in its own JVM.
 */
class SignalCleanupIT {

  @TempDir Path dir;

  private static boolean hasPart(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  /**
   * produce of a track too long for its memory budget (forced to nothing here) renders its stems
   * into a temporary folder and mixes them from there: stopped while the stems render (a part file
   * is there) or while they are mixed (the stems are there), it leaves that folder nowhere.
   */
  @ParameterizedTest
  @CsvSource({"INT, 130, .part", "TERM, 143, .wav"})
  void anInterruptedLongProduceLeavesNoTemporaryStems(String signal, int exitCode, String awaited)
      throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"techno\",\"bpm\":130,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"durationSeconds\":300,\"energy\":0.7,\"seed\":3}",
        StandardCharsets.UTF_8);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path out = dir.resolve("master.wav");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of("bin/cadenza").toAbsolutePath().toString(),
                "produce",
                "--spec",
                spec.toString(),
                "-o",
                out.toString(),
                "-q")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(new File(dir.resolve("stderr.txt").toString()));
    pb.environment()
        .put(
            "CADENZA_JAVA_OPTS",
            "-Dcadenza.produce.memoryBudget=0 -Djava.io.tmpdir=" + tmp.toAbsolutePath());
    Process p = pb.start();
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!stemsHold(tmp, awaited) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(p.isAlive())
        .as("still producing when a stems file ending %s appeared", awaited)
        .isTrue();
    new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
    assertThat(p.waitFor()).isEqualTo(exitCode);
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(f -> f.getFileName().toString())).isEmpty();
    }
    assertThat(dir.resolve("master.wav")).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("spec.json", "tmp", "stderr.txt");
    }
  }

  /** Whether a temporary stems folder in {@code tmp} holds a file whose name ends so. */
  private static boolean stemsHold(Path tmp, String ending) throws Exception {
    try (Stream<Path> folders = Files.list(tmp)) {
      for (Path f : (Iterable<Path>) folders::iterator) {
        if (f.getFileName().toString().startsWith("cadenza-stems-") && holds(f, ending)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holds(Path folder, String ending) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(ending));
    } catch (Exception e) {
      // The folder went between listing and reading.
      return false;
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

  /**
   * {@code mix -} spools standard input to a temporary file (mastering reads its input twice); the
   * file's name is gone as soon as it is open, so even SIGKILL, which runs no cleanup, leaves
   * nothing in the temporary folder.
   */
  @Test
  void aKilledMixOfStandardInputLeavesNoSpool() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    byte[] wav = Files.readAllBytes(Abuse.tone(dir, "a.wav"));
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of("bin/cadenza").toAbsolutePath().toString(),
                "mix",
                "-",
                "-o",
                dir.resolve("out.wav").toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("CADENZA_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp.toAbsolutePath());
    Process p = pb.start();
    OutputStream stdin = p.getOutputStream();
    // Half the file: the spool is open and waits for the rest.
    stdin.write(wav, 0, wav.length / 2);
    stdin.flush();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!spooling(p, tmp) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(spooling(p, tmp)).as("spooling standard input").isTrue();
    new ProcessBuilder("kill", "-KILL", String.valueOf(p.pid())).start().waitFor();
    assertThat(p.waitFor()).isEqualTo(137);
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(f -> f.getFileName().toString())).isEmpty();
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("a.wav", "tmp");
    }
  }

  /** Whether process {@code p} has a file open in {@code tmp} (its spool, named or not). */
  private static boolean spooling(Process p, Path tmp) throws Exception {
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(p.pid()), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          if (Files.readSymbolicLink(fd).toString().startsWith(tmp.toAbsolutePath().toString())) {
            return true;
          }
        } catch (java.io.IOException e) {
          // The descriptor closed while it was looked at.
        }
      }
    } catch (java.io.IOException e) {
      return false;
    }
    return false;
  }
}
