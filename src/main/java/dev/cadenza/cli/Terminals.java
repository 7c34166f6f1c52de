package dev.cadenza.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which of the standard streams are a terminal. A terminal on stdout gets no WAV bytes, a terminal
 * on stdin is told what it is being asked for, a terminal on stderr gets progress bars.
 *
 * <p>Where this comes from: bin/cadenza tests each descriptor with {@code [ -t N ]} (POSIX isatty,
 * the exact question) and passes the answer as {@code -Dcadenza.terminals=in,out,err}; without it
 * (java -jar) Linux's /proc/self/fd/N tells where each descriptor leads, and a terminal is a
 * /dev/pts/N or /dev/ttyN device. System.console() cannot answer: it asks about stdin and stdout
 * together, and from JDK 22 on it returns a console even when both are redirected. Elsewhere
 * nothing counts as a terminal, so nothing is refused.
 */
public record Terminals(boolean in, boolean out, boolean err) {

  static final Terminals NONE = new Terminals(false, false, false);

  /** The process's own streams. */
  static Terminals detect() {
    String fromLauncher = System.getProperty("cadenza.terminals");
    if (fromLauncher != null) {
      String list = "," + fromLauncher + ",";
      return new Terminals(list.contains(",in,"), list.contains(",out,"), list.contains(",err,"));
    }
    return new Terminals(isTerminal(0), isTerminal(1), isTerminal(2));
  }

  private static boolean isTerminal(int fd) {
    try {
      String device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return device.startsWith("/dev/pts/") || device.matches("/dev/tty[0-9]*");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
