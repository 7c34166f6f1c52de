package dev.cadenza.io;

import dev.cadenza.OutputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
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
 *
 * <p>A target that exists and is not a regular file (a device such as /dev/null, a named pipe) is
 * never replaced: renaming over it would turn /dev/null into a plain file for every program on the
 * machine. Its contents are written to a temp file in the system's temp folder and copied into it
 * at {@link #commit()}, so positional writes still work and nothing reaches it from a failed run.
 */
public final class AtomicFile implements Closeable {

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final boolean durable;
  private final boolean inPlace;
  private boolean prepared;
  private boolean committed;

  private AtomicFile(
      Path target, Path temp, FileChannel channel, boolean durable, boolean inPlace) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.durable = durable;
    this.inPlace = inPlace;
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
    boolean inPlace = Files.exists(absolute) && !Files.isRegularFile(absolute);
    if (!inPlace) {
      PartFiles.sweepStale(folder, absolute.getFileName().toString());
    }
    Path temp = null;
    try {
      temp =
          inPlace
              ? Files.createTempFile("cadenza-", ".part")
              : Files.createTempFile(folder, PartFiles.prefix(absolute), PartFiles.SUFFIX);
      PartFiles.register(temp);
      FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      return new AtomicFile(target, temp, channel, durable && !inPlace, inPlace);
    } catch (AccessDeniedException e) {
      PartFiles.delete(temp);
      throw new OutputException(target.toString(), "cannot write: permission denied", null, e);
    } catch (IOException e) {
      PartFiles.delete(temp);
      throw new OutputException(target.toString(), "cannot write: " + reason(e), null, e);
    }
  }

  /**
   * Checks now that {@code target} could be written (its folder exists and takes a new file), so
   * that a long job fails before its work rather than after: creates and abandons a temp file.
   */
  public static void probe(Path target) {
    create(target, false).close();
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
   * replacing any file of that name; a device or pipe is written instead.
   */
  public void commit() {
    prepare();
    try {
      publish();
    } catch (NoSuchFileException e) {
      throw new OutputException(target.toString(), "the temp file vanished while writing", null, e);
    } catch (IOException e) {
      throw new OutputException(target.toString(), "cannot write: " + reason(e), null, e);
    }
  }

  /**
   * Finishes the contents without moving them into place: flushed (to the disk, unless a scratch
   * file), closed, and given their final permissions. The slow part of {@link #commit()}, which a
   * set of files ({@link FileSet}) does for each file before moving any.
   */
  public void prepare() {
    if (prepared) {
      return;
    }
    try {
      if (durable) {
        channel.force(false);
      }
      channel.close();
      if (!inPlace) {
        readableByAll(temp);
      }
      prepared = true;
    } catch (IOException e) {
      throw new OutputException(target.toString(), "cannot write: " + reason(e), null, e);
    }
  }

  /** Whether the target is a device or pipe, written in place rather than replaced. */
  boolean inPlace() {
    return inPlace;
  }

  /** Moves the prepared file into place (for a {@link FileSet}); no backup, no rollback. */
  void publish() throws IOException {
    if (inPlace) {
      copyIntoTarget();
    } else {
      move();
    }
    committed = true;
    PartFiles.forget(temp);
  }

  private void move() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes the finished contents into the device or pipe, then drops the temp file. */
  private void copyIntoTarget() throws IOException {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
      Files.copy(temp, out);
    }
    Files.delete(temp);
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
      PartFiles.delete(temp);
    }
  }

  /** What went wrong, in the system's words ("No space left on device"), not Java's class name. */
  public static String reason(IOException e) {
    String message =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
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
}
