package dev.cadenza.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * Standard input that, when it is a terminal, first says on stderr what the command waits for: a
 * bare {@code cadenza analyze} on a terminal would otherwise wait in silence. Said on the first
 * read, so a command that never reads its input (or stops at a usage error) says nothing.
 */
final class StdinNotice extends FilterInputStream {

  /** What each command reads from standard input. */
  private static final Map<String, String> AWAITED =
      Map.of(
          "parse", "the prompt",
          "generate", "a track spec (JSON)",
          "produce", "a track spec (JSON)",
          "batch", "jobs (JSON Lines, a cadenza.job/1 object a line)",
          "mix", "a manifest (JSON) or WAV audio",
          "analyze", "WAV audio",
          "qa", "WAV audio or a manifest (JSON)");

  private final PrintStream err;
  private final String line;
  private boolean told;

  private StdinNotice(InputStream in, PrintStream err, String line) {
    super(in);
    this.err = err;
    this.line = line;
  }

  /** The streams of a run of {@code args}, with the notice when stdin is a terminal. */
  static Streams wrap(Streams streams, String... args) {
    String awaited = args.length == 0 ? null : AWAITED.get(args[0]);
    if (!streams.terminals().in() || awaited == null) {
      return streams;
    }
    String line =
        "cadenza "
            + args[0]
            + ": reading "
            + awaited
            + " from standard input (Ctrl-D to end; --help for usage)";
    return new Streams(
        new StdinNotice(streams.in(), streams.err(), line),
        streams.out(),
        streams.err(),
        streams.terminals());
  }

  @Override
  public int read() throws IOException {
    tell();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    tell();
    return super.read(b, off, len);
  }

  private void tell() {
    if (!told) {
      told = true;
      err.println(line);
      err.flush();
    }
  }
}
