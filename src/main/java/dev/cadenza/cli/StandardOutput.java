package dev.cadenza.cli;

import dev.cadenza.CadenzaException;
import dev.cadenza.ExitCodes;
import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output as commands write to it: a write that fails says so in cadenza's terms, wherever
 * in a command it happens. A full disk or device ({@code > /dev/full}) is exit 74 naming stdout; a
 * reader that went away ({@code | head -c 100}) ends the run quietly with exit 0, as Unix filters
 * end on SIGPIPE without a word: the reader took what it wanted.
 */
final class StandardOutput extends FilterOutputStream {

  /** The reader closed the pipe: not an error, and nothing is printed. */
  static final class ReaderGone extends CadenzaException {
    ReaderGone(Throwable cause) {
      super(ExitCodes.OK, "stdout", "the reader closed the pipe", null, cause);
    }
  }

  StandardOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  static CadenzaException failed(IOException e) {
    if (isBrokenPipe(e)) {
      return new ReaderGone(e);
    }
    return new OutputException("stdout", "cannot write: " + AtomicFile.reason(e), null, e);
  }

  static boolean isBrokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("stream closed");
  }
}
