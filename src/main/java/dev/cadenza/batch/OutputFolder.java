package dev.cadenza.batch;

import dev.cadenza.OutputException;
import dev.cadenza.io.AtomicFile;
import dev.cadenza.produce.EncodedMaster;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A job's folder of results, written in a temporary folder inside OUTDIR ({@code
 * OUTDIR/.work/<id>.part-*}) and renamed to {@code OUTDIR/<id>} when whole, so that a job's folder
 * is either the complete output of one run or absent. A folder left by a crash is swept by the next
 * run of the share that owns the job.
 */
final class OutputFolder {

  /** Where jobs' folders are written before they are moved into place. */
  static final String WORK = ".work";

  private static final String PART = ".part-";
  private static final String OLD = ".old-";

  private final Path outdir;
  private final String id;
  private final Path temp;

  private OutputFolder(Path outdir, String id, Path temp) {
    this.outdir = outdir;
    this.id = id;
    this.temp = temp;
  }

  static OutputFolder create(Path outdir, String id) {
    try {
      Path work = Files.createDirectories(outdir.resolve(WORK));
      return new OutputFolder(outdir, id, Files.createTempDirectory(work, id + PART));
    } catch (IOException e) {
      throw new OutputException(
          outdir.resolve(WORK).toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  /** The temporary folder the job writes into. */
  Path path() {
    return temp;
  }

  /** Writes the job's master into its folder, durably. */
  void write(String name, EncodedMaster master) {
    try (AtomicFile file = AtomicFile.create(temp.resolve(name))) {
      master.writeTo(file.channel());
      file.commit();
    } catch (IOException e) {
      throw new OutputException(
          temp.resolve(name).toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  /** Writes one file of the job's folder, durably. */
  void write(String name, byte[] bytes) {
    try (AtomicFile file = AtomicFile.create(temp.resolve(name))) {
      FileChannel channel = file.channel();
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      file.commit();
    } catch (IOException e) {
      throw new OutputException(
          temp.resolve(name).toString(), "cannot write: " + AtomicFile.reason(e), null, e);
    }
  }

  /**
   * Moves the folder into place as {@code OUTDIR/<id>}, replacing an earlier run's, and returns the
   * SHA-256 of each file in it (by path relative to it, '/' separated).
   */
  Map<String, String> commit() throws IOException {
    Map<String, String> sums = checksums(temp);
    try (Stream<Path> tree = Files.walk(temp)) {
      tree.filter(Files::isDirectory).forEach(Durable::syncFolder);
    }
    Path target = outdir.resolve(id);
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(outdir.resolve(WORK), id + OLD);
      Files.move(target, old.resolve(id), StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    Durable.syncFolder(outdir);
    if (old != null) {
      deleteTree(old);
    }
    return sums;
  }

  /** Deletes the temporary folder of a job that failed. */
  void discard() {
    deleteQuietly(temp);
  }

  /** The SHA-256 of every file under {@code folder}, by relative path. */
  static Map<String, String> checksums(Path folder) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> tree = Files.walk(folder)) {
      files = tree.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      String name =
          folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      sums.put(name, Fingerprint.sha256(file));
    }
    return sums;
  }

  /** Deletes what crashed runs left in OUTDIR/.work for the jobs {@code ids}. */
  static void sweep(Path outdir, Set<String> ids) throws IOException {
    Path work = outdir.resolve(WORK);
    if (!Files.isDirectory(work)) {
      return;
    }
    List<Path> left;
    try (Stream<Path> entries = Files.list(work)) {
      left = entries.filter(p -> ownedBy(p.getFileName().toString(), ids)).toList();
    }
    left.forEach(OutputFolder::deleteQuietly);
  }

  private static boolean ownedBy(String name, Set<String> ids) {
    for (String marker : new String[] {PART, OLD}) {
      int at = name.lastIndexOf(marker);
      if (at > 0 && ids.contains(name.substring(0, at))) {
        return true;
      }
    }
    return false;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void deleteQuietly(Path root) {
    try {
      deleteTree(root);
    } catch (IOException e) {
      // A folder that cannot be removed now is swept by the next run.
    }
  }
}
