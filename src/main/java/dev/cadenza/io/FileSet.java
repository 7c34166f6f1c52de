package dev.cadenza.io;

import dev.cadenza.OutputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Output files that replace their targets together or not at all: a track folder's stems and MIDI
 * file are one generation, and a run that cannot replace one of them (a full disk, an immutable
 * file) must not leave the folder half old, half new. Each file is written and prepared on its own;
 * {@link #commitAll()} then keeps a hard link to every file it replaces, moves the new ones in, and
 * on any failure moves the old ones back.
 */
public final class FileSet implements Closeable {
  private final List<AtomicFile> files = new ArrayList<>();

  /** Adds a complete file, to be moved into place with the others. */
  public synchronized void add(AtomicFile file) {
    files.add(file);
  }

  /**
   * Moves every file into place, in the order of their names. When one cannot be, the targets
   * already replaced get their old contents back (and the ones that did not exist are removed), and
   * the failure is thrown: the folder is as it was before the run.
   */
  public synchronized void commitAll() {
    files.sort(Comparator.comparing(f -> f.target().toString()));
    for (AtomicFile file : files) {
      file.prepare();
    }
    List<Replaced> done = new ArrayList<>();
    AtomicFile current = null;
    try {
      for (AtomicFile file : files) {
        current = file;
        Replaced replaced = Replaced.keep(file);
        try {
          file.publish();
        } catch (IOException e) {
          // This target was not replaced: its kept copy is not needed.
          replaced.discard();
          throw e;
        }
        done.add(replaced);
      }
    } catch (IOException e) {
      rollBack(done);
      throw new OutputException(
          current.target().toString(),
          "cannot replace: " + AtomicFile.reason(e),
          "no file in the folder was changed",
          e);
    }
    for (Replaced r : done) {
      r.discard();
    }
  }

  private static void rollBack(List<Replaced> done) {
    for (int i = done.size() - 1; i >= 0; i--) {
      done.get(i).restore();
    }
  }

  /** Abandons every file not yet moved into place. */
  @Override
  public synchronized void close() {
    for (AtomicFile file : files) {
      file.close();
    }
  }

  /**
   * A target about to be replaced, and what undoes it: the hard link that keeps its old contents,
   * or, for a target that did not exist, nothing (undoing removes it). A device or pipe written in
   * place cannot be undone and is left alone.
   */
  private record Replaced(Path target, Path backup, boolean isNew) {

    static Replaced keep(AtomicFile file) throws IOException {
      Path target = file.target().toAbsolutePath();
      if (file.inPlace()) {
        return new Replaced(target, null, false);
      }
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        return new Replaced(target, null, !Files.exists(target, LinkOption.NOFOLLOW_LINKS));
      }
      Path backup =
          target.resolveSibling(
              "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".old");
      Files.deleteIfExists(backup);
      PartFiles.register(backup);
      try {
        Files.createLink(backup, target);
      } catch (UnsupportedOperationException | FileSystemException e) {
        // A file system without hard links (or a target that refuses them): keep a copy instead.
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
      }
      return new Replaced(target, backup, false);
    }

    void restore() {
      try {
        if (backup != null) {
          Files.move(
              backup, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          PartFiles.forget(backup);
        } else if (isNew) {
          Files.deleteIfExists(target);
        }
      } catch (IOException ignored) {
        // Restoring is best effort: the failure that started it is what gets reported.
      }
    }

    void discard() {
      if (backup != null) {
        PartFiles.delete(backup);
      }
    }
  }
}
