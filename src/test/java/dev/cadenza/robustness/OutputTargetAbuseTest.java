package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.ExitCodes;
import dev.cadenza.cli.CliRun;
import dev.cadenza.dsp.Audio;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that are not plain new files: devices, pipes, full devices, and the inputs themselves.
 */
class OutputTargetAbuseTest {

  @TempDir Path dir;

  @Test
  void aNamedPipeIsWrittenThroughNotReplaced() throws Exception {
    Path in = Abuse.tone(dir, "a.wav");
    Path fifo = Abuse.fifo(dir, "pipe.wav");
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream s = Files.newInputStream(fifo)) {
                return s.readAllBytes();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    CliRun run =
        CliRun.run(
            "mix", in.toString(), "--preset", "none", "--bits", "32f", "-o", fifo.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(Abuse.fileType(fifo)).isEqualTo(Abuse.S_IFIFO);
    // What came through the pipe is the whole master: the input unchanged, as --preset none is.
    float[][] got = Audio.read(reader.get());
    assertThat(got[0]).containsExactly(Audio.read(in)[0]);
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.wav", "pipe.wav");
  }

  @Test
  void devNullStaysADevice() throws Exception {
    Path in = Abuse.tone(dir, "a.wav");
    Path devNull = Path.of("/dev/null");
    CliRun mix = CliRun.run("mix", in.toString(), "--preset", "none", "-o", "/dev/null");
    CliRun analyze = CliRun.run("analyze", in.toString(), "--only", "levels", "-o", "/dev/null");
    assertThat(mix.exitCode()).as(mix.stderr()).isZero();
    assertThat(analyze.exitCode()).as(analyze.stderr()).isZero();
    assertThat(Abuse.fileType(devNull)).isEqualTo(Abuse.S_IFCHR);
    assertThat(Files.size(devNull)).isZero();
    assertThat(Files.list(Path.of("/dev")).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.startsWith(".null") && name.endsWith(".part"));
  }

  @Test
  void aFullDeviceIsAnOutputErrorNamingIt() throws Exception {
    Path in = Abuse.tone(dir, "a.wav");
    CliRun run = CliRun.run("mix", in.toString(), "--preset", "none", "-o", "/dev/full");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(Abuse.oneLine(run, "mix")).contains("/dev/full").contains("No space left on device");
    assertThat(Abuse.fileType(Path.of("/dev/full"))).isEqualTo(Abuse.S_IFCHR);
  }

  @Test
  void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws Exception {
    Path in = Abuse.tone(dir, "a.wav");
    Path link = dir.resolve("same.wav");
    Files.createLink(link, in);
    byte[] before = Files.readAllBytes(in);
    String[][] runs = {
      {"analyze", in.toString(), "-o", in.toString()},
      {"analyze", in.toString(), "--plot", link.toString()},
      {"qa", in.toString(), "--junit", in.toString()},
      {"qa", in.toString(), "-o", dir.resolve(".").resolve("a.wav").toString()},
      {"mix", in.toString(), "-o", link.toString()},
    };
    for (String[] args : runs) {
      CliRun run = CliRun.run(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(Abuse.oneLine(run, args[0])).contains("is also an input");
      assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.wav", "same.wav");
  }

  @Test
  void printChainWritesToTheNamedFile() throws Exception {
    Path in = Abuse.tone(dir, "a.wav");
    Path chain = dir.resolve("chain.json");
    CliRun run = CliRun.run("mix", in.toString(), "--print-chain", "-o", chain.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdoutBytes()).isEmpty();
    assertThat(Files.readString(chain)).contains("\"schema\":\"cadenza.chain/1\"");
  }

  @Test
  void produceRefusesATargetItCannotWriteBeforeRendering() throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"house\",\"bpm\":124,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"bars\":2,\"energy\":0.6,\"seed\":1}",
        StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing");
    String[][] runs = {
      {"produce", "--spec", spec.toString(), "-o", missing.resolve("t.wav").toString()},
      {
        "produce",
        "--spec",
        spec.toString(),
        "-o",
        dir.resolve("t.wav").toString(),
        "--report",
        missing.resolve("r.json").toString()
      },
    };
    for (String[] args : runs) {
      CliRun run = CliRun.run(args);
      assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.IO_ERROR);
      // One line: the refusal, and no "attempt 1" line, so nothing was rendered first.
      assertThat(Abuse.oneLine(run, "produce")).contains("missing").contains("does not exist");
      assertThat(dir.toFile().list()).containsExactly("spec.json");
    }
  }

  @Test
  void aStalePartFileOfTheTargetIsSweptAndAFreshOneKept() throws Exception {
    Path in = Abuse.tone(dir, "a.wav");
    // Left by a run killed seven hours ago, and by one still writing.
    Path stale = Files.writeString(dir.resolve(".out.wav123.part"), "old");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(7))));
    Path fresh = Files.writeString(dir.resolve(".out.wav456.part"), "new");
    // Not a part file of the target: another name, and digits missing.
    Path other = Files.writeString(dir.resolve(".other.wav789.part"), "old");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(7))));
    CliRun run =
        CliRun.run(
            "mix", in.toString(), "--preset", "none", "-o", dir.resolve("out.wav").toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(dir.toFile().list())
        .containsExactlyInAnyOrder("a.wav", "out.wav", ".out.wav456.part", ".other.wav789.part");
    assertThat(Files.readString(fresh)).isEqualTo("new");
  }
}
