package dev.cadenza.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of working files in the system's temporary folder (a long production's stems): deleted
 * with everything in it when closed, or when SIGINT or SIGTERM stops the JVM before that, by the
 * same shutdown hook that deletes the part files ({@link PartFiles}).
 */
public final class TemporaryFolder implements AutoCloseable {
  /**
   * Passes over a folder at shutdown: a rendering thread may still create a file in it after one
   * pass has listed it (that file is deleted at once, see {@link PartFiles#register}), which makes
   * the folder's removal fail until the next pass.
   */
  private static final int SHUTDOWN_PASSES = 5;

  private final Path path;

  private TemporaryFolder(Path path) {
    this.path = path;
  }

  /** A new empty folder whose name starts with {@code prefix}. */
  public static TemporaryFolder create(String prefix) throws IOException {
    Path folder = Files.createTempDirectory(prefix);
    PartFiles.registerFolder(folder);
    return new TemporaryFolder(folder);
  }

  public Path path() {
    return path;
  }

  /** Deletes the folder and what it holds. */
  @Override
  public void close() throws IOException {
    deleteTree(path);
    PartFiles.forgetFolder(path);
  }

  /** Deletes {@code folder} and what it holds, deepest first; a missing folder is no error. */
  static void deleteTree(Path folder) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    } catch (NoSuchFileException e) {
      return;
    } catch (UncheckedIOException e) {
      // A file went while the folder was listed.
      throw e.getCause();
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }

  /** Deletes {@code folder} as the JVM shuts down, trying again while files still appear in it. */
  static void deleteAtShutdown(Path folder) {
    for (int pass = 0; pass < SHUTDOWN_PASSES; pass++) {
      try {
        deleteTree(folder);
        return;
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        pause();
      } catch (IOException | RuntimeException e) {
        // Nothing more can be done while the JVM stops.
        return;
      }
    }
  }

  /** A moment for the thread that wrote into the folder to see its file deleted. */
  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
