package dev.cadenza.io;

import dev.cadenza.MissingInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An input file opened for reading, whose failures are the user's to act on: a missing file, a
 * folder, no permission, or a read that fails part way ({@code /proc/self/mem}, a failing disk) are
 * each exit 66 naming the file, not an internal error.
 */
public final class InputFile extends FilterInputStream {
  private final String name;

  private InputFile(InputStream in, String name) {
    super(in);
    this.name = name;
  }

  /** Opens {@code path} for reading; throws {@link MissingInputException} when it cannot. */
  public static InputStream open(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new MissingInputException(name, "is a directory", "name a file", null);
    }
    try {
      return new InputFile(Files.newInputStream(path), name);
    } catch (NoSuchFileException e) {
      throw new MissingInputException(name, "no such file", null, e);
    } catch (AccessDeniedException e) {
      throw new MissingInputException(name, "cannot read: permission denied", null, e);
    } catch (IOException e) {
      throw new MissingInputException(name, "cannot read: " + AtomicFile.reason(e), null, e);
    }
  }

  @Override
  public int read() {
    try {
      return in.read();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) {
    try {
      return in.read(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public long skip(long n) {
    try {
      return in.skip(n);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private MissingInputException failed(IOException e) {
    return new MissingInputException(name, "cannot read: " + AtomicFile.reason(e), null, e);
  }
}
