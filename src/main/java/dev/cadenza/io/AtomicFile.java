package dev.cadenza.io;

import dev.cadenza.OutputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An output file that appears whole or not at all: written to a hidden temp file in the same
 * folder, then moved into place by {@link #commit()}. Closing without committing deletes the temp
 * file, so a failed run leaves nothing behind and never damages a file that was already there.
 */
public final class AtomicFile implements Closeable {

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final boolean durable;
  private boolean committed;

  private AtomicFile(Path target, Path temp, FileChannel channel, boolean durable) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.durable = durable;
  }

  /** Starts writing {@code target}; fails with {@link OutputException} when it cannot. */
  public static AtomicFile create(Path target) {
    return create(target, true);
  }

  /**
   * Starts writing a scratch file that only this process reads back and deletes: it still appears
   * whole or not at all, but committing does not wait for it to reach the disk (for a 3-minute
   * float master that wait is about 0.15 s, and a crash loses nothing of value).
   */
  public static AtomicFile scratch(Path target) {
    return create(target, false);
  }

  private static AtomicFile create(Path target, boolean durable) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new OutputException(target.toString(), "is a directory", "name a file", null);
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new OutputException(
          target.toString(), "cannot write: its folder does not exist", "create it first", null);
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
      FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      return new AtomicFile(target, temp, channel, durable);
    } catch (AccessDeniedException e) {
      deleteQuietly(temp);
      throw new OutputException(target.toString(), "cannot write: permission denied", null, e);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new OutputException(target.toString(), "cannot write: " + e.getMessage(), null, e);
    }
  }

  public Path target() {
    return target;
  }

  /** The channel to write the contents through (positional writes allowed). */
  public FileChannel channel() {
    return channel;
  }

  /**
   * Flushes the contents (to the disk, unless a scratch file) and moves the file into place,
   * replacing any file of that name.
   */
  public void commit() {
    try {
      if (durable) {
        channel.force(false);
      }
      channel.close();
      readableByAll(temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } catch (NoSuchFileException e) {
      throw new OutputException(target.toString(), "the temp file vanished while writing", null, e);
    } catch (IOException e) {
      throw new OutputException(target.toString(), "cannot write: " + e.getMessage(), null, e);
    }
  }

  /** Abandons the file unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // The temp file is deleted below either way.
      }
      deleteQuietly(temp);
    }
  }

  /**
   * Temp files are created owner-only (0600); a finished output gets the usual rw-r--r--, as a file
   * written by any other tool would under the common umask.
   */
  private static void readableByAll(Path path) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // Nothing more can be done; the name starts with a dot and ends in .part.
      }
    }
  }
}
