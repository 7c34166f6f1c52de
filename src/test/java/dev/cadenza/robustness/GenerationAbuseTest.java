package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cadenza.ExitCodes;
import dev.cadenza.OutputException;
import dev.cadenza.cli.CliRun;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.io.FileSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A track folder is one generation: a run that cannot replace every file replaces none. */
class GenerationAbuseTest {

  @TempDir Path dir;

  private static final String SPEC =
      "{\"genre\":\"house\",\"bpm\":124,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
          + "\"timeSignature\":\"4/4\",\"bars\":4,\"durationSeconds\":0,\"energy\":0.6,\"seed\":1}";

  /** Every file of the folder and its bytes' hash, hidden files included. */
  private static Map<String, Integer> contents(Path folder) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static boolean chattr(String flag, Path file) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("chattr", flag, file.toString()).start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void anImmutableStemLeavesTheWholeFolderAsItWas() throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
    Path stems = dir.resolve("stems");
    CliRun first = CliRun.run("generate", spec.toString(), "-o", stems.toString(), "--seed", "1");
    assertThat(first.exitCode()).as(first.stderr()).isZero();
    Map<String, Integer> before = contents(stems);
    // The last file in name order, so that every other file would be replaced before it.
    String last = before.keySet().stream().reduce((a, b) -> b).orElseThrow();
    Path locked = stems.resolve(last);
    assumeThat(chattr("+i", locked)).as("chattr +i works here").isTrue();
    CliRun second;
    try {
      second = CliRun.run("generate", "-q", spec.toString(), "-o", stems.toString(), "--seed", "2");
    } finally {
      chattr("-i", locked);
    }
    assertThat(second.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(Abuse.oneLine(second, "generate"))
        .contains(last)
        .contains("no file in the folder was changed");
    assertThat(second.stdoutBytes()).isEmpty();
    assertThat(contents(stems)).isEqualTo(before);
  }

  @Test
  void aSetThatFailsHalfwayPutsBackWhatItReplaced() throws Exception {
    Path a = dir.resolve("a.wav");
    Path b = dir.resolve("b.wav");
    Files.writeString(a, "old a");
    Path c = dir.resolve("c.wav");
    FileSet set = new FileSet();
    try (set) {
      for (Path target : new Path[] {a, b, c}) {
        AtomicFile file = AtomicFile.create(target);
        file.channel().write(java.nio.ByteBuffer.wrap(("new " + target).getBytes()));
        set.add(file);
      }
      // c cannot be replaced once its turn comes: a folder of that name with a file in it.
      Files.createDirectories(c.resolve("inside"));
      Assertions.assertThatThrownBy(set::commitAll)
          .isInstanceOf(OutputException.class)
          .hasMessageContaining("c.wav")
          .hasMessageContaining("no file in the folder was changed");
    }
    assertThat(Files.readString(a)).isEqualTo("old a");
    assertThat(b).doesNotExist();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.wav", "c.wav");
  }

  @Test
  void aSetThatSucceedsReplacesEveryFileAndLeavesNoBackups() throws Exception {
    Path a = dir.resolve("a.wav");
    Files.writeString(a, "old a");
    try (FileSet set = new FileSet()) {
      AtomicFile file = AtomicFile.create(a);
      file.channel().write(java.nio.ByteBuffer.wrap("new a".getBytes()));
      set.add(file);
      set.commitAll();
    }
    assertThat(Files.readString(a)).isEqualTo("new a");
    assertThat(dir.toFile().list()).containsExactly("a.wav");
  }
}
