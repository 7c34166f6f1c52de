package dev.cadenza.spec;

import dev.cadenza.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files a manifest names are, and how far from it they may lie. A manifest is data a user
 * may have been given, so its paths are not followed anywhere: a relative path resolves against the
 * manifest's folder (for a manifest on standard input, the working directory), falling back to the
 * file of that name beside the manifest; a path that leaves that folder ({@code ../../etc/shadow},
 * {@code /proc/self/environ}) is refused before it is opened, unless the user allows it. A manifest
 * on standard input may name absolute paths: it usually comes straight from {@code generate -o DIR}
 * in the same pipeline, which writes them as it was given them.
 *
 * @param manifest how messages name the manifest (its path, or "stdin")
 * @param folder the folder paths resolve against and must stay in
 * @param onStdin whether the manifest came on standard input
 * @param anywhere whether paths may leave the folder (the user said so)
 */
public record ManifestFiles(String manifest, Path folder, boolean onStdin, boolean anywhere) {

  /** For a manifest read from {@code file}, or from standard input when {@code file} is null. */
  public static ManifestFiles of(Path file, boolean anywhere) {
    if (file == null) {
      return new ManifestFiles("stdin", Path.of("").toAbsolutePath(), true, anywhere);
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    return new ManifestFiles(file.toString(), folder, false, anywhere);
  }

  /**
   * The file {@code path} names; {@code field} says where in the manifest it was ("stems[2].file"),
   * for the message when it is refused.
   */
  public Path locate(String path, String field) {
    Path given = Path.of(path);
    Path file;
    if (given.isAbsolute()) {
      file = given.normalize();
    } else {
      file = folder.resolve(given).normalize();
      Path beside = given.getFileName() == null ? null : folder.resolve(given.getFileName());
      if (!Files.exists(file) && beside != null && Files.exists(beside)) {
        file = beside;
      }
    }
    boolean allowed = anywhere || file.startsWith(folder) || onStdin && given.isAbsolute();
    if (!allowed) {
      throw new BadInputException(
          manifest,
          field + ": " + path + " lies outside the manifest's folder",
          "move the files beside the manifest, or allow it with --any-path");
    }
    return file;
  }
}
