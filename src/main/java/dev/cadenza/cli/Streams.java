package dev.cadenza.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The three standard streams of one run. Commands take them from here, never from {@code System},
 * so tests run commands in-process and check their bytes.
 *
 * @param in standard input (JSON, WAV or prompt text)
 * @param out standard output: data only (JSON or WAV bytes)
 * @param err standard error: messages, warnings, progress
 * @param terminals which of them are a terminal
 */
public record Streams(InputStream in, OutputStream out, PrintStream err, Terminals terminals) {

  /** Streams of which only stderr may be a terminal. */
  public Streams(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal) {
    this(in, out, err, new Terminals(false, false, errIsTerminal));
  }

  /** Whether stderr is a terminal, so progress bars may be drawn. */
  public boolean errIsTerminal() {
    return terminals.err();
  }

  /**
   * The process's own streams. Raw file descriptors, not System.in/out, so WAV bytes pass
   * unchanged. CI=true means no progress bars, whatever stderr is.
   */
  public static Streams system() {
    Terminals terminals = Terminals.detect();
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      terminals = new Terminals(terminals.in(), terminals.out(), false);
    }
    return new Streams(
        new FileInputStream(FileDescriptor.in),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        terminals);
  }
}
