package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.cli.CliRun;
import dev.cadenza.dsp.Audio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What the abuse tests share: small inputs and the checks every failure must pass. */
final class Abuse {
  static final int RATE = 44_100;

  private Abuse() {}

  /** A two-second stereo tone at -12 dBFS, written as a float WAV. */
  static Path tone(Path dir, String name) {
    Path file = dir.resolve(name);
    Audio.write(file, Audio.sine(2, 2 * RATE, RATE, 440, 0.25, 0), RATE);
    return file;
  }

  /**
   * The failure's message: exactly one line on stderr, beginning {@code cadenza <stage>:}, with no
   * raw control character in it.
   */
  static String oneLine(CliRun run, String stage) {
    List<String> lines = Arrays.asList(run.stderr().split("\n"));
    assertThat(lines).as(run.stderr()).hasSize(1);
    String line = lines.get(0);
    assertThat(line).startsWith("cadenza " + stage + ":");
    assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7f)).as(line).isEmpty();
    return line;
  }

  /** A named pipe made by mkfifo(1). */
  static Path fifo(Path dir, String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(p.waitFor()).isZero();
    return fifo;
  }

  /** The file type bits of {@code path}'s mode (S_IFMT), without following a link. */
  static int fileType(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
  }

  static final int S_IFIFO = 0010000;
  static final int S_IFCHR = 0020000;
}
