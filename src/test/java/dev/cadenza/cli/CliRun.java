package dev.cadenza.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the {@code cadenza} command line, built by the same factory as the
 * executable: its exit code, the bytes it wrote to stdout and the text it wrote to stderr.
 */
public record CliRun(int exitCode, byte[] stdoutBytes, String stderr) {

  public static CliRun run(String... args) {
    return withInput(new byte[0], args);
  }

  public static CliRun withInput(byte[] stdin, String... args) {
    return on(Terminals.NONE, stdin, args);
  }

  /** A run whose standard streams are, or are not, a terminal as {@code terminals} says. */
  public static CliRun on(Terminals terminals, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams =
        new Streams(
            new ByteArrayInputStream(stdin),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            terminals);
    int code = Cadenza.run(streams, args);
    return new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  public String stdout() {
    return new String(stdoutBytes, StandardCharsets.UTF_8);
  }
}
