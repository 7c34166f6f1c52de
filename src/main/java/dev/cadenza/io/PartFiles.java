package dev.cadenza.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden {@code .NAME<digits>.part} files that outputs are written to before they are moved
 * into place: the ones this process has open are deleted when it is interrupted (SIGINT, SIGTERM
 * run the JVM's shutdown hooks), and ones a killed run left behind are swept when the same target
 * is written again. The same hook then deletes the {@link TemporaryFolder}s still open: one hook,
 * so that the part files inside a folder are gone before the folder is removed.
 */
public final class PartFiles {
  static final String SUFFIX = ".part";

  /**
   * A part file untouched this long belongs to no running write (a write touches its file at least
   * every few seconds until it commits), so a later write of the same target deletes it.
   */
  static final Duration STALE = Duration.ofHours(6);

  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

  /** Set once the JVM shuts down: a part file created after that is deleted at once. */
  private static volatile boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PartFiles::deleteLive, "cadenza-cleanup"));
  }

  private PartFiles() {}

  /** The name a part file of {@code target} starts with. */
  static String prefix(Path target) {
    return "." + target.getFileName();
  }

  /** Remembers a temp file, to be deleted if the process is stopped before it is committed. */
  public static void register(Path temp) {
    LIVE.add(temp);
    if (stopping) {
      // Rendering threads run on while the JVM shuts down; what they start now is not kept.
      delete(temp);
    }
  }

  /** The file was committed or deleted: nothing to clean up any more. */
  public static void forget(Path temp) {
    LIVE.remove(temp);
  }

  /** Deletes a temp file, ignoring failure (its name starts with a dot and ends in .part). */
  public static void delete(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Nothing more can be done; the next write of the target sweeps it once stale.
    }
    LIVE.remove(temp);
  }

  /** Remembers a temporary folder, to be deleted with its files if the process is stopped. */
  static void registerFolder(Path folder) {
    FOLDERS.add(folder);
    if (stopping) {
      TemporaryFolder.deleteAtShutdown(folder);
    }
  }

  /** The folder was deleted: nothing to clean up any more. */
  static void forgetFolder(Path folder) {
    FOLDERS.remove(folder);
  }

  /** The files and then the folders still registered, deleted as the JVM shuts down. */
  static void deleteLive() {
    stopping = true;
    for (Path temp : LIVE.toArray(Path[]::new)) {
      delete(temp);
    }
    for (Path folder : FOLDERS.toArray(Path[]::new)) {
      TemporaryFolder.deleteAtShutdown(folder);
      FOLDERS.remove(folder);
    }
  }

  /**
   * Deletes stale part files of {@code name} in {@code folder}: the {@code .NAME<digits>.part}
   * files that a killed run (SIGKILL, a power cut) left there.
   */
  static void sweepStale(Path folder, String name) {
    String prefix = "." + name;
    FileTime before = FileTime.from(Instant.now().minus(STALE));
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, prefix + "*" + SUFFIX)) {
      for (Path part : parts) {
        if (isPartOf(part.getFileName().toString(), prefix)
            && Files.isRegularFile(part)
            && Files.getLastModifiedTime(part).compareTo(before) < 0) {
          delete(part);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // Sweeping is housekeeping: a folder that cannot be listed is reported by the write itself.
    }
  }

  /** Whether {@code file} is {@code prefix<digits>.part}, the name Files.createTempFile gives. */
  static boolean isPartOf(String file, String prefix) {
    if (!file.startsWith(prefix) || !file.endsWith(SUFFIX)) {
      return false;
    }
    String middle = file.substring(prefix.length(), file.length() - SUFFIX.length());
    return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
  }
}
