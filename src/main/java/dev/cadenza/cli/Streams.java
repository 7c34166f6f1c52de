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
 * @param errIsTerminal whether stderr is a terminal, so progress bars may be drawn
 */
public record Streams(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal) {

  /**
   * The process's own streams. Raw file descriptors, not System.in/out, so WAV bytes pass
   * unchanged. Whether stderr is a terminal comes from the launcher ({@code -Dcadenza.tty=true},
   * which bin/cadenza sets after {@code [ -t 2 ]}); CI=true always means no terminal.
   */
  public static Streams system() {
    boolean tty =
        Boolean.getBoolean("cadenza.tty") && !"true".equalsIgnoreCase(System.getenv("CI"));
    return new Streams(
        new FileInputStream(FileDescriptor.in),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        tty);
  }
}
