package dev.cadenza.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.ExitCodes;
import dev.cadenza.cli.Cadenza;
import dev.cadenza.cli.Streams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output that fails: a full device ({@code > /dev/full}) and a reader that went away
 * ({@code | head -c 100}), simulated by a stream that throws what the operating system reports.
 */
class StandardOutputAbuseTest {

  @TempDir Path dir;

  /** Accepts {@code room} bytes, then fails every write with {@code message}. */
  private static OutputStream failingAfter(int room, String message) {
    return new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > room) {
          throw new IOException(message);
        }
        written += len;
      }
    };
  }

  private static int run(OutputStream out, ByteArrayOutputStream err, String... args) {
    Streams streams =
        new Streams(
            new ByteArrayInputStream(new byte[0]),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    return Cadenza.run(streams, args);
  }

  @Test
  void aFullStdoutIsAnOutputErrorForSmallAndLargeOutputs() throws IOException {
    Path in = Abuse.tone(dir, "a.wav");
    Path spec = dir.resolve("spec.json");
    Files.writeString(
        spec,
        "{\"genre\":\"house\",\"bpm\":124,\"key\":{\"tonic\":\"A\",\"mode\":\"minor\"},"
            + "\"timeSignature\":\"4/4\",\"bars\":1,\"energy\":0.6,\"seed\":1}",
        StandardCharsets.UTF_8);
    String[][] runs = {
      {"analyze", in.toString(), "--only", "levels"},
      {"mix", in.toString(), "--preset", "none"},
      {"schema", "trackspec"},
      {"parse", "techno at 130 bpm"},
      {"generate", spec.toString(), "-o", dir.resolve("stems").toString(), "-q"},
      {"qa", in.toString()},
      {"produce", "--spec", spec.toString(), "--retries", "0", "--keep-failed", "-q"},
      {"completion", "bash"},
    };
    for (String[] args : runs) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = run(failingAfter(0, "No space left on device"), err, args);
      String stderr = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(String.join(" ", args) + ": " + stderr).isEqualTo(ExitCodes.IO_ERROR);
      assertThat(stderr.lines()).hasSize(1);
      assertThat(stderr).contains("stdout").contains("No space left on device");
    }
  }

  @Test
  void aClosedPipeEndsQuietlyWithSuccess() throws IOException {
    Path in = Abuse.tone(dir, "a.wav");
    String[][] runs = {
      {"analyze", in.toString(), "--only", "levels"},
      {"mix", in.toString(), "--preset", "none"},
    };
    for (String[] args : runs) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = run(failingAfter(100, "Broken pipe"), err, args);
      assertThat(code).as(String.join(" ", args)).isZero();
      assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
  }
}
